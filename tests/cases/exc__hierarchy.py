# The builtin exception hierarchy: bases of every standard exception.
import builtins
names = sorted(n for n in dir(builtins)
               if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
for n in names:
    cls = getattr(builtins, n)
    print(n, "->", " > ".join(c.__name__ for c in cls.__mro__[1:]))
print(len(names))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError)
print(issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(OSError(2, "No such file").__class__.__name__, type(OSError(13, "denied")).__name__, type(OSError(17, "x")).__name__)
def depth(cls):
    return len(cls.__mro__) - 1
print(max(names, key=lambda n: (depth(getattr(builtins, n)), n)))
print(sorted(n for n in names if getattr(builtins, n).__base__ is OSError))
print(sorted(n for n in names if getattr(builtins, n).__base__ is ArithmeticError))
print(sorted(n for n in names if getattr(builtins, n).__base__ is LookupError))
print(sorted(n for n in names if getattr(builtins, n).__base__ is BaseException))
print(sorted(n for n in names if getattr(builtins, n).__base__ is ValueError))
print(sorted(n for n in names if getattr(builtins, n).__base__ is Warning))
