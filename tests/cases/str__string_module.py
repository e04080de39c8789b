# The string module: constants, Template, capwords, Formatter.
import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   big  world"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}; $$5 costs $$")
print(t.substitute(who="Tim", what="kung pao"))
print(t.safe_substitute(who="Ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("$1bad").substitute()
except ValueError as e:
    print("ValueError", e)
print(string.Template("${a}b $a").substitute({"a": "A"}))
f = string.Formatter()
print(f.format("{0} and {name}", "x", name="y"))
print(list(f.parse("a{0}b{x:>3}c{{d}}")))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format("{} {:>6}", "abc", "de"))
print(sorted(set(string.ascii_lowercase) - set("the quick brown fox jumps over a lazy dog")))
print("".join(sorted(set("hello world") & set(string.ascii_lowercase))))
