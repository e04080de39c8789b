import sys
try:
    sys.path.insert(0, __file__.rpartition('/')[0] or '.')
except AttributeError:
    pass  # inside pyrite: run_pyrite.py puts this directory on PYTHONPATH
import harness

def t_basic(m):
    class A(m.ABC):
        @m.abstractmethod
        def f(self): pass
        @property
        @m.abstractmethod
        def p(self): pass
        def g(self): return 1
    class B(A):
        def f(self): return 'f'
    class C(B):
        p = 3
    r = [sorted(A.__abstractmethods__), sorted(B.__abstractmethods__), sorted(C.__abstractmethods__), C().f(), type(A).__name__, A.f.__isabstractmethod__]
    for cls in (A, B):
        try: cls()
        except TypeError as e: r.append(str(e))
    return r
def t_register(m):
    class A(m.ABC): pass
    class X: pass
    t0 = m.get_cache_token()
    r = [issubclass(X, A), isinstance(X(), A)]
    ret = A.register(X)
    r += [ret is X, issubclass(X, A), isinstance(X(), A), m.get_cache_token() != t0, A.register(X) is X]
    class Y(X): pass
    r.append(issubclass(Y, A))
    @A.register
    class Z: pass
    r.append(issubclass(Z, A)); r.append(issubclass(int, A))
    A.register(int); r.append(isinstance(1, A)); r.append(isinstance(True, A))
    return r
def t_register_e(m):
    class A(m.ABC): pass
    return A.register(1)
def t_register_cycle(m):
    class A(m.ABC): pass
    class B(A): pass
    return A.register(B), B.register(A)
def t_subclasscheck_e(m):
    class A(m.ABC): pass
    return issubclass(1, A)
def t_hook(m):
    class A(m.ABC):
        @classmethod
        def __subclasshook__(cls, C):
            if cls is A:
                return hasattr(C, 'quack')
            return NotImplemented
    class Duck:
        quack = 1
    class B(A): pass
    return issubclass(Duck, A), issubclass(int, A), isinstance(Duck(), A), issubclass(B, A), issubclass(Duck, B)
def t_hook_bad(m):
    class A(m.ABC):
        @classmethod
        def __subclasshook__(cls, C): return 1
    return issubclass(int, A)
def t_metaclass(m):
    class A(metaclass=m.ABCMeta):
        @m.abstractmethod
        def f(self): pass
    class K(A):
        def f(self): return 1
    return isinstance(A, m.ABCMeta), K().f(), type(m.ABC).__name__, m.ABC.__slots__ if hasattr(m.ABC, '__slots__') else None
def t_deprecated(m):
    class A(m.ABC):
        @m.abstractclassmethod
        def c(cls): pass
        @m.abstractstaticmethod
        def s(): pass
        @m.abstractproperty
        def p(self): pass
    return sorted(A.__abstractmethods__), issubclass(m.abstractproperty, property), m.abstractclassmethod.__isabstractmethod__
def t_update(m):
    class A(m.ABC):
        @m.abstractmethod
        def f(self): pass
    class B(A):
        pass
    B.f = lambda self: 1
    before = sorted(B.__abstractmethods__)
    m.update_abstractmethods(B)
    class Plain: pass
    return before, sorted(B.__abstractmethods__), B().f(), m.update_abstractmethods(Plain) is Plain
def t_instance_class(m):
    class A(m.ABC): pass
    class P: pass
    class Q: pass
    A.register(P)
    p = Q(); 
    class Fake:
        __class__ = P
    return isinstance(Fake(), A), isinstance(Q(), A)
def t_token(m): return type(m.get_cache_token()).__name__ in ('int', 'object')
def t_subclasses_check(m):
    class A(m.ABC): pass
    class B(A): pass
    class X: pass
    B.register(X)
    return issubclass(X, A), issubclass(X, B), isinstance(X(), A)

if __name__ == '__main__':
    sys.exit(harness.main_subprocess(__file__, globals(), 'abc'))
