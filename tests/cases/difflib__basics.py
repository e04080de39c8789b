import difflib, random
a = 'one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n'.splitlines(True)
b = 'zero\none\ntree\nfour\nfive\nsix\nseven\neight\nnein\nten\neleven\n'.splitlines(True)
print(''.join(difflib.ndiff(a, b)), end='')
print(''.join(difflib.unified_diff(a, b, 'a.txt', 'b.txt', n=1)), end='')
print(''.join(difflib.context_diff(a, b, 'a.txt', 'b.txt')), end='')
print(''.join(difflib.unified_diff(a, a)), '|')
s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.get_matching_blocks(), s.get_opcodes())
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_opcodes())
print(s.find_longest_match(0, 29, 0, 38))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'wheat', 'heel', 'wheels', 'w']))
print(list(difflib.restore(difflib.ndiff(a, b), 2)) == b)
print(list(difflib.ndiff(['abcdefg\n', 'same\n'], ['abcXefgh\n', 'same\n'])))
print(list(difflib.ndiff(['\tindented line\n'], ['\tindented  line!\n'])))
rnd = random.Random(5)
for trial in range(30):
    x = [rnd.choice('abcde') for _ in range(rnd.randint(0, 40))]
    y = [rnd.choice('abcde') for _ in range(rnd.randint(0, 40))]
    sm = difflib.SequenceMatcher(None, x, y)
    print(trial, sm.get_opcodes()[:4], round(sm.ratio(), 4))
big_a = [str(i % 7) for i in range(300)]
big_b = [str(i % 5) for i in range(300)]
sm = difflib.SequenceMatcher(None, big_a, big_b)
print(len(sm.get_opcodes()), round(sm.ratio(), 4), sorted(sm.bpopular))
sm = difflib.SequenceMatcher(None, big_a, big_b, autojunk=False)
print(len(sm.get_opcodes()), round(sm.ratio(), 4))
lines1 = ['line %d\n' % i for i in range(20)]
lines2 = lines1[:5] + ['changed\n'] + lines1[6:15] + lines1[16:]
print(''.join(difflib.unified_diff(lines1, lines2)), end='')
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n'], [b'b\n'])))
