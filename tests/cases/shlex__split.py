import shlex
tests = ['a b c', 'foo "bar baz" qux', "it's 'quoted here'", 'esc\\ aped "in \\"dq\\" x" \'sq \\ x\'', '  lead  trail  ',
         'cmd # comment here', 'x=1 y="2 3"', '', "''", 'a"b"c', 'a\\', 'ü and ß', 'tab\tsep\nnewline', '"a\\$b"', "mix'ed'\"quo\"tes"]
for t in tests:
    for posix in (True, False):
        try:
            print(repr(t), posix, shlex.split(t, posix=posix), shlex.split(t, comments=True, posix=posix))
        except ValueError as e:
            print(repr(t), posix, 'ValueError', e)
for bad in ['"unclosed', "'x", 'back\\']:
    try: shlex.split(bad)
    except ValueError as e: print(repr(bad), e)
print(shlex.quote(''), shlex.quote('safe-._/:=,+@%'), shlex.quote("it's"), shlex.quote('a b'), shlex.quote('$HOME'), shlex.quote('é'))
print(shlex.join(['ls', '-l', 'my file', "o'k"]))
lex = shlex.shlex('a && b || c; (d) > out.txt # c', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('a && b || c;d', posix=True, punctuation_chars='|&')
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('one two\nthree "four five" six.seven')
print([lex.get_token() for _ in range(8)], lex.lineno)
lex = shlex.shlex('x y z')
t = lex.get_token(); lex.push_token('PUSHED'); print(t, lex.get_token(), lex.get_token(), lex.error_leader())
lex = shlex.shlex('abc def', posix=True)
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.eof)
lex = shlex.shlex('a-b+c d.e', posix=False)
print(list(lex))
lex = shlex.shlex('k1=v1, k2="v 2"', posix=True)
lex.wordchars += '=,'
print(list(lex), lex.punctuation_chars)
