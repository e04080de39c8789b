# global in nested functions, class bodies, and exec; globals created at runtime.
def create():
    global made_here
    made_here = "made"
create()
print(made_here)
def outer():
    def inner():
        global g_inner
        g_inner = "from inner"
    inner()
outer()
print(g_inner)
class C:
    global from_class
    from_class = "assigned in class body"
    attr = "normal"
print(from_class, hasattr(C, "from_class"), C.attr)
def reads_global():
    return undefined_yet
try:
    reads_global()
except NameError as e:
    print("NameError", e)
undefined_yet = "now defined"
print(reads_global())
counter = 0
def incr(n):
    global counter
    for _ in range(n):
        counter += 1
incr(5)
print(counter)
exec("global via_exec\nvia_exec = 1")
print(via_exec)
def func_with_exec():
    exec("global from_func_exec\nfrom_func_exec = 'exec global'")
func_with_exec()
print(from_func_exec)
globals()["dynamic"] = 99
print(dynamic)
def shadow():
    counter = "local"
    def peek():
        global counter
        return counter
    return peek(), counter
print(shadow())
def delete_global():
    global counter
    del counter
delete_global()
print("counter" in globals())
