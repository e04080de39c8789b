import sys
try:
    sys.path.insert(0, __file__.rpartition('/')[0] or '.')
except AttributeError:
    pass  # inside pyrite: run_pyrite.py puts this directory on PYTHONPATH
import harness

def _chain(e):
    out = []
    while e is not None and len(out) < 10:
        out.append((type(e).__name__, str(e)))
        e = e.__context__
    return out

def t_cm(m):
    log = []
    @m.contextmanager
    def cm(x):
        "cm doc"
        log.append('enter'); 
        try: yield x * 2
        finally: log.append('exit')
    with cm(3) as v: log.append(v)
    return log, cm.__name__, cm.__doc__, cm(1).__doc__, type(cm(1)).__name__
def t_cm_exc(m):
    log = []
    @m.contextmanager
    def cm():
        try: yield
        except ValueError as e: log.append(('caught', str(e)))
    with cm(): raise ValueError('boom')
    try:
        with cm(): raise KeyError('k')
    except KeyError as e: log.append(('propagated', str(e)))
    return log
def t_cm_noyield(m):
    @m.contextmanager
    def cm():
        if False: yield
    with cm(): pass
def t_cm_twoyield(m):
    @m.contextmanager
    def cm():
        yield; yield
    with cm(): pass
def t_cm_nostop_after_throw(m):
    @m.contextmanager
    def cm():
        try: yield
        except Exception: yield
    with cm(): raise ValueError
def t_cm_stopiteration(m):
    @m.contextmanager
    def cm(): yield
    try:
        with cm(): raise StopIteration('si')
    except StopIteration as e: return 'SI', str(e)
def t_cm_reraise_other(m):
    @m.contextmanager
    def cm():
        try: yield
        except ValueError: raise TypeError('converted')
    try:
        with cm(): raise ValueError('orig')
    except TypeError as e: return _chain(e)
def t_cm_decorator(m):
    log = []
    @m.contextmanager
    def cm(): log.append('in'); yield; log.append('out')
    @cm()
    def f(a): log.append(a); return a + 1
    return f(1), f(2), log, f.__name__
def t_cm_runtime(m):
    @m.contextmanager
    def cm():
        yield
    try:
        with cm(): raise RuntimeError('rt')
    except RuntimeError as e: return str(e)
def t_closing(m):
    class C:
        closed = False
        def close(self): self.closed = True
    c = C()
    with m.closing(c) as x: r = x is c
    return r, c.closed
def t_suppress(m):
    with m.suppress(KeyError, ValueError): raise KeyError
    with m.suppress(): pass
    r = m.suppress(ValueError).__exit__(None, None, None), m.suppress(ValueError).__exit__(ValueError, ValueError(), None), m.suppress(ValueError).__exit__(TypeError, TypeError(), None)
    try:
        with m.suppress(KeyError): raise TypeError('t')
    except TypeError: return r, 'ok'
def t_redirect(m):
    import io
    f = io.StringIO(); g = io.StringIO()
    with m.redirect_stdout(f) as t:
        print('hello'); r = t is f
        with m.redirect_stderr(g): print('err', file=sys.stderr)
    rs = m.redirect_stdout(io.StringIO())
    with rs:
        with rs: print('x')
    return f.getvalue(), g.getvalue(), r, sys.stdout is sys.__stdout__
def t_nullcontext(m):
    with m.nullcontext(5) as v: pass
    with m.nullcontext() as w: pass
    return v, w
def t_exitstack(m):
    log = []
    with m.ExitStack() as st:
        st.callback(log.append, 'cb1')
        st.push(lambda *a: log.append(('push', a[0])))
        class CM:
            def __enter__(self): log.append('enter'); return 'val'
            def __exit__(self, *a): log.append('cmexit')
        log.append(st.enter_context(CM()))
        r = st.callback(log.append, 'cb2')
    return log, r.__name__
def t_exitstack_popall(m):
    log = []
    with m.ExitStack() as st:
        st.callback(log.append, 1)
        new = st.pop_all()
    log.append('after'); new.close(); return log
def t_exitstack_suppress(m):
    log = []
    with m.ExitStack() as st:
        st.push(lambda t, v, tb: True)
        st.callback(log.append, 'x')
        raise ValueError
    return log
def t_exitstack_exc_chain(m):
    def raiser(e):
        def f(*a): raise e
        return f
    try:
        with m.ExitStack() as st:
            st.push(raiser(KeyError('k2')))
            st.push(raiser(IndexError('i1')))
            raise ValueError('body')
    except Exception as e:
        return _chain(e)
def t_exitstack_exc_chain_outer(m):
    def raiser(e):
        def f(*a): raise e
        return f
    try:
        raise TypeError('outer')
    except TypeError:
        try:
            with m.ExitStack() as st:
                st.push(raiser(KeyError('k')))
                st.push(raiser(IndexError('i')))
        except Exception as e:
            return _chain(e)
def t_exitstack_e(m):
    with m.ExitStack() as st: st.enter_context(object())
def t_exitstack_e2(m):
    class X:
        def __enter__(self): pass
    with m.ExitStack() as st: st.enter_context(X())
def t_abc(m):
    class A:
        def __enter__(self): pass
        def __exit__(self, *a): pass
    class B:
        def __aenter__(self): pass
        def __aexit__(self, *a): pass
    return (isinstance(A(), m.AbstractContextManager), isinstance(object(), m.AbstractContextManager), isinstance(B(), m.AbstractAsyncContextManager),
            issubclass(m.ExitStack, m.AbstractContextManager), repr(m.AbstractContextManager[int]), sorted(m.AbstractContextManager.__abstractmethods__))
def t_abc_inst(m):
    class C(m.AbstractContextManager): pass
    return C()
def t_abc_enter(m):
    class C(m.AbstractContextManager):
        def __exit__(self, *a): return None
    c = C()
    with c as v: return v is c
def _run(coro):
    try:
        while True: coro.send(None)
    except StopIteration as e: return e.value
def t_async(m):
    log = []
    @m.asynccontextmanager
    async def acm(x):
        log.append('enter'); 
        try: yield x
        finally: log.append('exit')
    async def main():
        async with acm(5) as v: log.append(v)
        try:
            async with acm(1): raise ValueError('x')
        except ValueError: log.append('VE')
        async with m.AsyncExitStack() as st:
            v = await st.enter_async_context(acm(7)); log.append(v)
            async def cb(a): log.append(('acb', a))
            st.push_async_callback(cb, 1)
            st.callback(log.append, 'synccb')
            async def ex(*a): log.append('aexit'); return False
            st.push_async_exit(ex)
        class AC:
            closed = False
            async def aclose(self): self.closed = True
        a = AC()
        async with m.aclosing(a) as t: log.append(t is a)
        log.append(a.closed)
        async with m.nullcontext(9) as n: log.append(n)
        @acm(0)
        async def deco(): log.append('deco'); return 'r'
        log.append(await deco())
        try:
            async with m.AsyncExitStack() as st: await st.enter_async_context(object())
        except TypeError as e: log.append(str(e))
        @m.asynccontextmanager
        async def bad():
            if False: yield
        try:
            async with bad(): pass
        except RuntimeError as e: log.append(str(e))
        return log
    return _run(main())
def t_chdir(m):
    import tempfile
    old = os.getcwd(); d = os.path.realpath(tempfile.gettempdir())
    with m.chdir(d): inside = os.getcwd()
    return inside == d, os.getcwd() == old
def t_all(m): return sorted(m.__all__)

def t_exitstack_matrix(m):
    # every combination of: body raises or not; callbacks that raise, suppress, pass
    import itertools
    kinds = ['pass', 'suppress', 'raiseK', 'raiseI']
    def cb(kind, log):
        def f(t, v, tb):
            log.append((kind, t.__name__ if t else None))
            if kind == 'suppress': return True
            if kind == 'raiseK': raise KeyError('k')
            if kind == 'raiseI': raise IndexError('i')
        return f
    out = []
    for body in (None, ValueError):
        for combo in itertools.product(kinds, repeat=3):
            log = []
            try:
                with m.ExitStack() as st:
                    for k in combo: st.push(cb(k, log))
                    if body: raise body('body')
                res = 'no exc'
            except Exception as e:
                res = _chain(e)
            out.append((body and body.__name__, combo, log, res))
    return out
def t_exitstack_in_handler(m):
    def raiser(e):
        def f(*a): raise e
        return f
    out = []
    for inner in (None, ValueError('body')):
        try:
            raise TypeError('outer')
        except TypeError:
            try:
                with m.ExitStack() as st:
                    st.push(raiser(KeyError('k')))
                    st.callback(lambda: None)
                    st.push(raiser(IndexError('i')))
                    if inner: raise inner
            except Exception as e:
                out.append(_chain(e))
    return out
def t_exitstack_enter_cm(m):
    log = []
    @m.contextmanager
    def cm(n):
        log.append(('in', n))
        try: yield n
        finally: log.append(('out', n))
    with m.ExitStack() as st:
        vals = [st.enter_context(cm(i)) for i in range(3)]
        st.callback(log.append, 'cb')
    return vals, log
def t_exitstack_close_twice(m):
    log = []
    st = m.ExitStack(); st.callback(log.append, 1); st.close(); st.close(); return log
def t_cm_enter_raises(m):
    @m.contextmanager
    def cm():
        raise KeyError('early')
        yield
    try:
        with cm(): pass
    except KeyError as e: return str(e)
def t_cm_gen_exit_after_throw(m):
    @m.contextmanager
    def cm():
        try: yield
        except GeneratorExit: raise
    try:
        with cm(): raise GeneratorExit
    except GeneratorExit: return 'GE'
def t_cm_recreate(m):
    @m.contextmanager
    def cm(): yield
    c = cm()
    with c: pass
    try:
        with c: pass
    except Exception as e: return type(e).__name__, str(e)
def t_cm_exit_direct(m):
    @m.contextmanager
    def cm():
        try: yield 1
        except ValueError: pass
    c = cm(); c.__enter__()
    r1 = c.__exit__(ValueError, None, None)
    c = cm(); c.__enter__()
    try: r2 = c.__exit__(KeyError, KeyError('x'), None)
    except KeyError: r2 = 'raised'
    c = cm(); c.__enter__()
    r3 = c.__exit__(None, None, None)
    return r1, r2, r3

if __name__ == '__main__':
    sys.exit(harness.main_subprocess(__file__, globals(), 'contextlib'))
