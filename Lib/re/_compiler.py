"""Backtracking matcher for pyrite's re module.

Every node becomes a function m(c, i, k): try to match at position i of the
context c, calling the continuation k(j) with the end position; returns the
final result of the whole match (an end position) or None on failure.
Repeats of single characters loop instead of recursing.
"""


class Ctx:
    __slots__ = ('s', 'n', 'marks', 'last')

    def __init__(self, s, n, ngroups):
        self.s = s
        self.n = n
        self.marks = [-1] * (2 * ngroups)
        self.last = -1


def _fold_variants(ch):
    v = {ch}
    lo = ch.lower()
    up = ch.upper()
    if len(lo) == 1:
        v.add(lo)
    if len(up) == 1:
        v.add(up)
        lo2 = up.lower()
        if len(lo2) == 1:
            v.add(lo2)
    if len(lo) == 1:
        up2 = lo.upper()
        if len(up2) == 1:
            v.add(up2)
    return v


_SPECIAL_FOLDS = [
    {'s', 'S', '\u017f'}, {'k', 'K', '\u212a'}, {'i', 'I', '\u0130', '\u0131'},
    {'\u03c3', '\u03c2', '\u03a3'}, {'\u03b8', '\u03d1', '\u0398', '\u03f4'},
    {'\u00b5', '\u03bc', '\u039c'}, {'\u03b2', '\u03d0', '\u0392'},
    {'\u03b5', '\u03f5', '\u0395'}, {'\u03ba', '\u03f0', '\u039a'},
    {'\u03c0', '\u03d6', '\u03a0'}, {'\u03c1', '\u03f1', '\u03a1'},
    {'\u03c6', '\u03d5', '\u03a6'}, {'\u03b9', '\u0345', '\u1fbe', '\u0399'},
    {'\u00c5', '\u00e5', '\u212b'}, {'\u00df', '\u1e9e'}, {'\u03c9', '\u03a9', '\u2126'},
]
# Case-insensitive equivalence classes that simple lower()/upper() round
# trips do not find (hex code points, derived from the Unicode database).
_FOLD_DATA = (
    '01c4,01c5,01c6;01c7,01c8,01c9;01ca,01cb,01cc;01f1,01f2,01f3;0390,1fd3;'
    '03b0,1fe3;0412,0432,1c80;0414,0434,1c81;041e,043e,1c82;0421,0441,1c83;'
    '0422,0442,1c84,1c85;042a,044a,1c86;0462,0463,1c87;1c88,a64a,a64b;1e60,'
    '1e61,1e9b;1f80,1f88;1f81,1f89;1f82,1f8a;1f83,1f8b;1f84,1f8c;1f85,1f8d;'
    '1f86,1f8e;1f87,1f8f;1f90,1f98;1f91,1f99;1f92,1f9a;1f93,1f9b;1f94,1f9c;'
    '1f95,1f9d;1f96,1f9e;1f97,1f9f;1fa0,1fa8;1fa1,1fa9;1fa2,1faa;1fa3,1fab;'
    '1fa4,1fac;1fa5,1fad;1fa6,1fae;1fa7,1faf;1fb3,1fbc;1fc3,1fcc;1ff3,1ffc;'
    'fb05,fb06')
for _g in _FOLD_DATA.split(';'):
    _SPECIAL_FOLDS.append({chr(int(_x, 16)) for _x in _g.split(',')})
_SPECIAL_INDEX = {}
for _grp in _SPECIAL_FOLDS:
    for _ch in _grp:
        _SPECIAL_INDEX[_ch] = _grp
_fold_cache = {}


def _fold_set(ch, asc):
    if asc:
        if ch < '\x80':
            return {ch, ch.lower(), ch.upper()}
        return {ch}
    v = _fold_cache.get(ch)
    if v is not None:
        return v
    sp = _SPECIAL_INDEX.get(ch)
    if sp is not None:
        v = set(sp)
        v.add(ch)
    else:
        v = _fold_variants(ch)
        for x in list(v):
            sp = _SPECIAL_INDEX.get(x)
            if sp is not None:
                v |= sp
    _fold_cache[ch] = v
    return v


def char_pred(node):
    """Predicate for single-character nodes, or None."""
    t = node[0]
    if t == 'lit':
        ch = node[1]
        if node[2]:
            fs = frozenset(_fold_set(ch, node[3]))
            if len(fs) == 1:
                return lambda x: x == ch
            return fs.__contains__
        return lambda x: x == ch
    if t == 'any':
        if node[1]:
            return lambda x: True
        return lambda x: x != '\n'
    if t == 'set':
        return set_pred(node)
    return None


def set_pred(node):
    _, neg, chars, ranges, cats, ic, asc = node
    if ic:
        extra = set()
        for ch in chars:
            extra |= _fold_set(ch, asc)
        chars = frozenset(chars | extra)
    catfs = tuple(cats)

    def base(x):
        if x in chars:
            return True
        for lo, hi in ranges:
            if lo <= x <= hi:
                return True
        for f, n in catfs:
            if f(x) != n:
                return True
        return False

    if ic and ranges:
        def test(x):
            if base(x):
                return True
            if asc and x >= '\x80':
                return False
            for y in _fold_set(x, asc):
                if y != x and base(y):
                    return True
            return False
    else:
        test = base
    if not ranges and not catfs:
        if neg:
            return lambda x: x not in chars
        return chars.__contains__
    if not ranges and len(catfs) == 1 and not chars:
        f, n = catfs[0]
        if neg == n:
            return f
        return lambda x: not f(x)
    if neg:
        return _memo(lambda x: not test(x))
    return _memo(test)


class _Memo(dict):
    __slots__ = ('f',)

    def __missing__(self, x):
        r = self.f(x)
        if len(self) < 4096:
            self[x] = r
        return r


def _memo(f):
    d = _Memo()
    d.f = f
    return d.__getitem__


def _word_u(ch):
    return ch.isalnum() or ch == '_'


def _word_a(ch):
    return ch < '\x80' and (ch.isalnum() or ch == '_')


def _at(kind):
    if kind == 'bol':
        return lambda c, i: i == 0
    if kind == 'bolm':
        return lambda c, i: i == 0 or c.s[i - 1] == '\n'
    if kind == 'eol':
        return lambda c, i: i == c.n or (i == c.n - 1 and c.s[i] == '\n')
    if kind == 'eolm':
        return lambda c, i: i == c.n or c.s[i] == '\n'
    if kind == 'A':
        return lambda c, i: i == 0
    if kind == 'Z':
        return lambda c, i: i == c.n
    w = _word_a if kind.endswith('a') else _word_u
    if kind[0] == 'b':
        def f(c, i):
            if c.n == 0:
                return False
            a = i > 0 and w(c.s[i - 1])
            b = i < c.n and w(c.s[i])
            return a != b
    else:
        def f(c, i):
            if c.n == 0:
                return False
            a = i > 0 and w(c.s[i - 1])
            b = i < c.n and w(c.s[i])
            return a == b
    return f


def _succ(j):
    return j


def comp(node):
    t = node[0]
    p = char_pred(node)
    if p is not None:
        if t == 'lit' and not node[2]:
            ch = node[1]

            def m(c, i, k):
                if i < c.n and c.s[i] == ch:
                    return k(i + 1)
                return None
            return m

        def m(c, i, k):
            if i < c.n and p(c.s[i]):
                return k(i + 1)
            return None
        return m
    if t == 'cat':
        return comp_seq(node[1])
    if t == 'alt':
        alts = [comp(x) for x in node[1]]

        def m(c, i, k):
            for a in alts:
                r = a(c, i, k)
                if r is not None:
                    return r
            return None
        return m
    if t == 'group':
        sub = comp(node[2])
        g = node[1]
        if g is None:
            return sub
        a = 2 * g
        b = a + 1

        def m(c, i, k):
            def k2(j):
                marks = c.marks
                o0 = marks[a]
                o1 = marks[b]
                ol = c.last
                marks[a] = i
                marks[b] = j
                c.last = g
                r = k(j)
                if r is None:
                    marks[a] = o0
                    marks[b] = o1
                    c.last = ol
                return r
            return sub(c, i, k2)
        return m
    if t == 'at':
        f = _at(node[1])

        def m(c, i, k):
            if f(c, i):
                return k(i)
            return None
        return m
    if t == 'rep':
        return comp_rep(node)
    if t == 'atomic':
        sub = comp(node[1])

        def m(c, i, k):
            saved = c.marks[:]
            sl = c.last
            e = sub(c, i, _succ)
            if e is None:
                return None
            r = k(e)
            if r is None:
                c.marks[:] = saved
                c.last = sl
            return r
        return m
    if t == 'look':
        behind, neg, inner = node[1], node[2], node[3]
        sub = comp(inner)
        if behind:
            w = node[4]

            def run(c, i):
                if i - w < 0:
                    return None
                return sub(c, i - w, lambda j: j if j == i else None)
        else:
            def run(c, i):
                return sub(c, i, _succ)
        if neg:
            def m(c, i, k):
                saved = c.marks[:]
                sl = c.last
                r = run(c, i)
                c.marks[:] = saved
                c.last = sl
                if r is not None:
                    return None
                return k(i)
        else:
            def m(c, i, k):
                saved = c.marks[:]
                sl = c.last
                r = run(c, i)
                if r is None:
                    return None
                r = k(i)
                if r is None:
                    c.marks[:] = saved
                    c.last = sl
                return r
        return m
    if t == 'bref':
        g, ic, asc = node[1], node[2], node[3]
        a = 2 * g

        def m(c, i, k):
            s0 = c.marks[a]
            if s0 < 0:
                return None
            txt = c.s[s0:c.marks[a + 1]]
            L = len(txt)
            if i + L > c.n:
                return None
            if ic:
                other = c.s[i:i + L]
                if other != txt:
                    for x, y in zip(other, txt):
                        if x != y and x not in _fold_set(y, asc):
                            return None
            elif not c.s.startswith(txt, i):
                return None
            return k(i + L)
        return m
    if t == 'cond':
        g = node[1]
        yes = comp(node[2])
        no = comp(node[3]) if node[3] is not None else None
        a = 2 * g

        def m(c, i, k):
            if a < len(c.marks) and c.marks[a] >= 0 and c.marks[a + 1] >= 0:
                return yes(c, i, k)
            if no is None:
                return k(i)
            return no(c, i, k)
        return m
    raise AssertionError(node)


def comp_seq(nodes):
    # merge runs of plain literals into strings
    parts = []
    for x in nodes:
        if x[0] == 'lit' and not x[2]:
            if parts and parts[-1][0] == 'str':
                parts[-1] = ('str', parts[-1][1] + x[1])
            else:
                parts.append(('str', x[1]))
        else:
            parts.append(x)
    ms = []
    for idx, x in enumerate(parts):
        if (x[0] == 'rep' and x[3] == 0 and idx + 1 < len(parts)
                and parts[idx + 1][0] == 'str' and char_pred(x[4]) is not None):
            ms.append(comp_rep(x, parts[idx + 1][1][0]))
            continue
        if x[0] == 'str':
            lit = x[1]
            if len(lit) == 1:
                ms.append(comp(('lit', lit, False, False)))
            else:
                ms.append(_str_matcher(lit))
        else:
            ms.append(comp(x))
    if not ms:
        return lambda c, i, k: k(i)
    m = ms[-1]
    for a in reversed(ms[:-1]):
        m = _chain(a, m)
    return m


def _str_matcher(lit):
    L = len(lit)

    def m(c, i, k):
        if i + L <= c.n and c.s.startswith(lit, i):
            return k(i + L)
        return None
    return m


def _chain(a, b):
    def m(c, i, k):
        return a(c, i, lambda j: b(c, j, k))
    return m


def comp_rep(node, follow=None):
    _, mn, mx, mode, inner = node
    p = char_pred(inner)
    if p is not None:
        if mode == 0 and follow is not None:
            def m(c, i, k):
                s = c.s
                n = c.n
                lim = n if mx is None else min(n, i + mx)
                j = i
                while j < lim and p(s[j]):
                    j += 1
                low = i + mn
                while j >= low:
                    if j < n and s[j] == follow:
                        r = k(j)
                        if r is not None:
                            return r
                    j -= 1
                return None
        elif mode == 0:
            def m(c, i, k):
                s = c.s
                lim = c.n if mx is None else min(c.n, i + mx)
                j = i
                while j < lim and p(s[j]):
                    j += 1
                low = i + mn
                while j >= low:
                    r = k(j)
                    if r is not None:
                        return r
                    j -= 1
                return None
        elif mode == 1:
            def m(c, i, k):
                s = c.s
                lim = c.n if mx is None else min(c.n, i + mx)
                j = i
                low = i + mn
                while j < low:
                    if j >= lim or not p(s[j]):
                        return None
                    j += 1
                while True:
                    r = k(j)
                    if r is not None:
                        return r
                    if j >= lim or not p(s[j]):
                        return None
                    j += 1
        else:
            def m(c, i, k):
                s = c.s
                lim = c.n if mx is None else min(c.n, i + mx)
                j = i
                while j < lim and p(s[j]):
                    j += 1
                if j - i < mn:
                    return None
                return k(j)
        return m
    fixed = _fixed_seq(inner)
    if fixed is not None:
        return _comp_fixed_rep(mn, mx, mode, fixed[0], fixed[1])
    sub = comp(inner)
    if mode == 1:
        def m(c, i, k):
            def step(j, cnt):
                if cnt >= mn:
                    r = k(j)
                    if r is not None:
                        return r
                if mx is None or cnt < mx:
                    return sub(c, j, lambda e: k(e) if (e == j and cnt >= mn)
                               else step(e, cnt + 1))
                return None
            return step(i, 0)
        return m

    def greedy(c, i, k):
        def step(j, cnt):
            if mx is None or cnt < mx:
                r = sub(c, j, lambda e: k(e) if (e == j and cnt >= mn)
                        else step(e, cnt + 1))
                if r is not None:
                    return r
            if cnt >= mn:
                return k(j)
            return None
        return step(i, 0)
    if mode == 0:
        return greedy

    def m(c, i, k):
        saved = c.marks[:]
        sl = c.last
        e = greedy(c, i, _succ)
        if e is None:
            return None
        r = k(e)
        if r is None:
            c.marks[:] = saved
            c.last = sl
        return r
    return m


def _fixed_seq(node):
    """(group or None, [predicates]) if node is a plain run of single
    characters, optionally inside one capturing group; else None."""
    g = None
    if node[0] == 'group':
        g = node[1]
        node = node[2]
        if node[0] == 'group' and node[1] is None:
            node = node[2]
    items = node[1] if node[0] == 'cat' else [node]
    if not items:
        return None
    preds = []
    for x in items:
        pr = char_pred(x)
        if pr is None:
            return None
        preds.append(pr)
    return g, preds


def _comp_fixed_rep(mn, mx, mode, g, preds):
    w = len(preds)
    a = 2 * g if g is not None else -1

    def one(s, j):
        for t in range(w):
            if not preds[t](s[j + t]):
                return False
        return True

    def attempt(c, j, cnt, k):
        if a < 0 or cnt == 0:
            return k(j)
        marks = c.marks
        o0 = marks[a]
        o1 = marks[a + 1]
        ol = c.last
        marks[a] = j - w
        marks[a + 1] = j
        c.last = g
        r = k(j)
        if r is None:
            marks[a] = o0
            marks[a + 1] = o1
            c.last = ol
        return r

    if mode == 1:
        def m(c, i, k):
            s = c.s
            n = c.n
            j = i
            cnt = 0
            while cnt < mn:
                if j + w > n or not one(s, j):
                    return None
                j += w
                cnt += 1
            while True:
                r = attempt(c, j, cnt, k)
                if r is not None:
                    return r
                if (mx is not None and cnt >= mx) or j + w > n or not one(s, j):
                    return None
                j += w
                cnt += 1
        return m

    def m(c, i, k):
        s = c.s
        n = c.n
        j = i
        cnt = 0
        while (mx is None or cnt < mx) and j + w <= n and one(s, j):
            j += w
            cnt += 1
        if cnt < mn:
            return None
        while True:
            r = attempt(c, j, cnt, k)
            if r is not None or mode == 2 or cnt == mn:
                return r
            cnt -= 1
            j -= w
    return m


def literal_prefix(node):
    """A plain literal string every match must start with ('' if none)."""
    t = node[0]
    if t == 'lit' and not node[2]:
        return node[1]
    if t == 'cat':
        out = ''
        for x in node[1]:
            if x[0] == 'lit' and not x[2]:
                out += x[1]
            elif x[0] in ('group', 'atomic'):
                inner = x[-1]
                pre = literal_prefix(inner)
                return out + pre
            else:
                return out
        return out
    return ''


def first_pred(node):
    """A predicate every match's first character satisfies, or None."""
    t = node[0]
    if t in ('lit', 'any', 'set'):
        return char_pred(node)
    if t == 'cat':
        for x in node[1]:
            if x[0] == 'at':
                continue
            return first_pred(x)
        return None
    if t == 'group':
        return first_pred(node[2])
    if t == 'atomic':
        return first_pred(node[1])
    if t == 'rep':
        if node[1] >= 1:
            return first_pred(node[4])
        return None
    if t == 'alt':
        ps = []
        for x in node[1]:
            p = first_pred(x)
            if p is None:
                return None
            ps.append(p)

        def anyp(ch):
            for p in ps:
                if p(ch):
                    return True
            return False
        return anyp
    return None
