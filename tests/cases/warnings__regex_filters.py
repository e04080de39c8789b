import warnings
pats = ['abc', 'a.c', 'a.*c', '.*deprecated', '(foo|bar)baz', 'x+y?z*', r'\d{2,3}x', 'a{2}', 'a{2,}b', r'[a-c]+$', '[^x]y',
        '(?:ab)+$', r'\w+\s\w+', 'colou?r', 'a.*?b', r'^\.\*$', '[]]x', r'\\', r'x{,2}', r'\bx', 'old (api|function) used']
texts = ['abc', 'aXc', 'this is deprecated', 'Deprecated Thing', 'foobaz', 'BARBAZ', 'xyzzz', '12x', '1234x', 'aab', 'abca', 'ay',
         'abab', 'hello world', 'COLOR', 'colour', 'a__b', '.*', ']x', '\\', 'x{,2}', 'old API used', 'old method used']
for p in pats:
    hits = []
    for t in texts:
        with warnings.catch_warnings(record=True) as log:
            warnings.simplefilter("always")
            warnings.filterwarnings("ignore", message=p)
            warnings.warn(t)
        if not log:
            hits.append(t)
    print(repr(p), hits)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", module=r"__ma.n__$")
    warnings.warn("filtered by module")
    warnings.filterwarnings("error", module="other")
    warnings.warn("still filtered")
print(len(log), warnings.filters[:0])
