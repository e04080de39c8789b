# Left-to-right evaluation order in calls, binary ops, dicts, subscripts, assignment.
log = []
def v(name, value=None):
    log.append(name)
    return name if value is None else value
def show(label):
    print(label, log)
    log.clear()
v("a", 1) + v("b", 2) * v("c", 3); show("binop")
v("f", lambda *a, **k: None)(v("x"), v("y"), k=v("z")); show("call")
{v("k1"): v("v1"), v("k2"): v("v2")}; show("dict display")
[v("l1"), v("l2")][v("i", 0)]; show("subscript")
d = {}
d[v("key")] = v("value"); show("assignment (value first)")
v("obj", d)[v("k")] = v("val"); show("subscript assignment")
a = v("x", 1) < v("y", 2) < v("z", 3); show("chained compare")
v("cond", True) and v("rhs"); show("and")
v("cond", False) or v("rhs2"); show("or")
v("then") if v("test", True) else v("else"); show("conditional")
t = {}
(t[v("t1")], t[v("t2")]) = (v("e1"), v("e2")); show("tuple assign")
[v("c", x) for x in range(2)]; show("comprehension")
x, y = v("p", 1), v("q", 2); show("multi assign")
x = y = v("chain"); show("chained assign")
print(v("A"), v("B"), sep=v("sep", "|")); show("print args")
f"{v('f1')}{v('f2')}"; show("f-string")
v("base", 2) ** v("exp", 3) ** v("exp2", 1); show("power")
def g(a=v("default")):
    return a
show("default evaluated at def time")
class K(v("base_cls", object), metaclass=v("meta", type)):
    log.append("class body")
show("class creation")
@v("decorator", lambda f: f)
def h():
    pass
show("decorator")
v("x", [1, 2, 3])[v("lo", 0):v("hi", 2)]; show("slice")
del log[:]
print(-v("neg", 5), not v("n", 0), show("unary") if False else log)
