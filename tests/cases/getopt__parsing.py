import getopt
cases = [
    (['-a', '-b', 'val', '-cfoo', 'rest', '-d'], 'ab:c:d'),
    (['-abval', 'x'], 'ab:'),
    (['--', '-a'], 'a'),
    (['-', '-a'], 'a'),
    (['-ab'], 'a:b'),
]
for args, so in cases:
    print(getopt.getopt(args, so))
longs = ['alpha', 'beta=', 'gamma=', 'gammb']
for args in (['--alpha', '--beta', '1', '--beta=2', 'x'], ['--al', '--be=3'], ['--gamma=5', '--gammb']):
    print(getopt.getopt(args, '', longs))
print(getopt.getopt(['--only'], '', 'only'))
print(getopt.gnu_getopt(['x', '-a', 'y', '--alpha', 'z', '--', '-b'], 'ab', ['alpha']))
print(getopt.gnu_getopt(['x', '-a'], '+a'))
print(getopt.gnu_getopt(['-a', 'x', '-a'], '+a'))
errs = [(['-z'], 'a', []), (['-b'], 'b:', []), (['--nope'], '', ['alpha']), (['--beta'], '', ['beta=']),
        (['--alpha=1'], '', ['alpha']), (['--gam'], '', ['gamma', 'gammb']), (['-:'], 'a:', [])]
for args, so, lo in errs:
    try:
        getopt.getopt(args, so, lo)
    except getopt.GetoptError as e:
        print(type(e).__name__, str(e), repr(e.opt), e.msg, e.args)
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
e = getopt.GetoptError('m')
print(repr(e), e.opt == '', str(e))
