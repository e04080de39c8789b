# minivm-modules: _pydecimal,tomllib,tomllib._parser,tomllib._re,tomllib._types,argparse,enum,dataclasses,graphlib,copy,reprlib,random,configparser,json,json.encoder,json.decoder,json.scanner,gettext
import _pydecimal as D, tomllib, argparse, enum, dataclasses, graphlib, copy, reprlib, random, configparser, datetime, json
D.getcontext().prec = 30
print(D.Decimal(1) / D.Decimal(7), D.Decimal("1.1") + D.Decimal("2.2"), D.Decimal(2).sqrt(), D.Decimal("123.456").quantize(D.Decimal("0.1")))
print(D.Decimal("1e100").ln(), D.Decimal(-3).copy_abs(), round(D.Decimal("2.675"), 2), D.Decimal("0.1") * 3 == D.Decimal("0.3"))
print(tomllib.loads('a = 1\nb = "x"\n[t]\nc = [1, 2, {d = 3}]\ne = 1979-05-27T07:32:00Z\nf = 3.5e2\n'))
p = argparse.ArgumentParser(prog="prog")
p.add_argument("n", type=int)
p.add_argument("--flag", action="store_true")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("--opt", choices=["a", "b"], default="a")
print(p.parse_args(["3", "--flag", "-vv", "--opt", "b"]))
print(p.format_help())
class Color(enum.Enum):
    RED = 1
    GREEN = enum.auto()
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Color.RED, Color(2), list(Color), Perm.R | Perm.W, Color.GREEN.name, Color["RED"].value)
@dataclasses.dataclass(order=True, frozen=True)
class P:
    x: int
    y: int = 0
    tags: list = dataclasses.field(default_factory=list, compare=False)
print(P(1, 2), P(1) < P(2), dataclasses.asdict(P(3, 4, ["t"])), dataclasses.replace(P(1), y=5))
ts = graphlib.TopologicalSorter({"b": {"a"}, "c": {"b", "a"}, "d": {"c"}})
print(list(ts.static_order()))
x = {"a": [1, [2, 3]], "b": (4,)}
y = copy.deepcopy(x); y["a"][1].append(9); print(x, y, copy.copy([1, 2]))
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100))
random.seed(42); print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.sample(range(50), 5))
r = random.Random(7); l = list(range(10)); r.shuffle(l); print(l, r.gauss(0, 1), r.uniform(1, 2))
cp = configparser.ConfigParser(); cp.read_string("[s]\nk = v\nn = 3\n[t]\nx = ${s:k}\n")
print(cp.sections(), cp.getint("s", "n"), cp["s"]["k"])
print(datetime.date(2024, 2, 29) + datetime.timedelta(days=1), datetime.datetime(2020, 1, 1, 12, 30).isoformat())
print(json.dumps({"a": [1, 2.5, None, True], "b": "é"}, indent=2, sort_keys=True), json.loads('{"x": [1, {"y": null}]}'))
