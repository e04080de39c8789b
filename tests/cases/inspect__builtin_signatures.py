import inspect, builtins
for n in sorted(dir(builtins)):
    o = getattr(builtins, n)
    if type(o).__name__ == 'builtin_function_or_method':
        try:
            print(n, inspect.signature(o))
        except ValueError as e:
            print(n, 'ValueError', e)
print(inspect.signature(print).parameters['end'].default == '\n')
