# Generator send/throw/close, GeneratorExit, finally in generators.
def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
                print("got", x)
            except ValueError as e:
                print("caught thrown", e)
                yield "recovered"
    except GeneratorExit:
        print("GeneratorExit, received", received)
        raise
    finally:
        print("finally in generator")
g = echo()
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
print(g.throw(ValueError("bad")))
print(next(g))
g.close()
g.close()
print("closed twice ok")
try:
    g.send(1)
except StopIteration:
    print("StopIteration after close")
g2 = echo()
try:
    g2.send("x")
except TypeError as e:
    print("TypeError", e)
