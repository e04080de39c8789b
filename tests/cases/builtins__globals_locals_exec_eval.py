# globals/locals, exec/eval/compile with custom namespaces, code objects.
x = 10
print(globals()["x"], "x" in globals(), type(globals()).__name__, globals() is globals())
def f(a):
    b = a + 1
    return sorted(locals().items())
print(f(1))
print(eval("x * 2"), eval("a + b", {"a": 1, "b": 2}), eval("x", {"x": "glob"}, {"x": "loc"}))
ns = {}
exec("y = 5\ndef g(): return y * 2", ns)
print(ns["y"], ns["g"](), "__builtins__" in ns)
exec("z = x + 1")
print(z)
loc = {}
exec("w = 3", {}, loc)
print(loc)
code = compile("1 + 2", "<expr>", "eval")
print(type(code).__name__, code.co_filename, eval(code))
code2 = compile("for i in range(3): print('exec', i)", "<exec>", "exec")
exec(code2)
code3 = compile("print('single mode')", "<single>", "single")
exec(code3)
print(eval(compile("[c for c in 'ab']", "<s>", "eval")))
for src, mode in [("1 +", "eval"), ("x = ", "exec"), ("return 5", "exec"), ("a = 1", "eval")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.filename, e.lineno)
try:
    compile("1", "<x>", "bogus")
except ValueError as e:
    print("ValueError", e)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError", e)
try:
    exec("raise KeyError('from exec')")
except KeyError as e:
    print("KeyError", e)
print(eval("__builtins__") is not None, eval("len('abc')", {"__builtins__": {"len": len}}))
try:
    eval("print", {"__builtins__": {}})
except NameError as e:
    print("NameError", e)
print(eval(" 1 + 1 "), eval("\t2"), eval(b"3 * 3"), exec("pass"))
def outer():
    v = "enclosed"
    return eval("v")
print(outer())
g = {"n": 0}
exec("n += 1\nn *= 5", g)
print(g["n"])
print(compile("x", "f", "eval").co_names, compile("a=1\nb=2", "f", "exec").co_names)
