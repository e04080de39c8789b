# minivm-modules: contextlib,functools,_py_abc,collections,typing,urllib.parse,pathlib,posixpath,ntpath,quopri,email.message,email.utils,email._policybase,email.policy,email.headerregistry,email._header_value_parser,email.contentmanager,email.feedparser,heapq,tokenize,ast,keyword
import contextlib, functools, _py_abc, collections, typing, urllib.parse, pathlib, posixpath, ntpath, quopri, email.message, email.utils, heapq, itertools, operator, string, tokenize, io, keyword, ast, textwrap
@contextlib.contextmanager
def cm(tag):
    print("enter", tag)
    try:
        yield tag.upper()
    except ValueError as e:
        print("suppressing", e)
    finally:
        print("exit", tag)
with cm("a") as v:
    print("body", v)
with cm("b"):
    raise ValueError("boom")
with contextlib.ExitStack() as st:
    for t in "xy":
        st.enter_context(cm(t))
with contextlib.suppress(KeyError):
    {}["k"]
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), sorted([V(3), V(1)], key=functools.cmp_to_key(lambda a, b: a.v - b.v))[0].v)
@functools.singledispatch
def show(x): return "obj"
@show.register
def _(x: int): return "int"
print(show(1), show("s"), functools.reduce(operator.add, range(5)), functools.partial(int, base=2)("101"))
class AB(metaclass=_py_abc.ABCMeta):
    @__import__("abc").abstractmethod
    def f(self): ...
try:
    AB()
except TypeError as e:
    print("abstract:", e)
Pt = collections.namedtuple("Pt", "x y", defaults=[0])
c = collections.Counter("abracadabra")
print(Pt(1), Pt(1, 2)._asdict(), c.most_common(2), collections.deque([1, 2, 3], maxlen=2), collections.ChainMap({"a": 1}, {"b": 2})["b"])
od = collections.OrderedDict(a=1, b=2); od.move_to_end("a"); print(list(od), collections.defaultdict(list, {"k": [1]})["z"])
T = typing.TypeVar("T")
class Box(typing.Generic[T]):
    def __init__(self, item: T): self.item = item
print(typing.get_type_hints(Box.__init__), Box[int], typing.Optional[int], typing.List[typing.Dict[str, int]])
u = urllib.parse.urlparse("https://user@host:8080/p/a?q=1&r=2#frag")
print(u, urllib.parse.parse_qs(u.query), urllib.parse.quote("a b/é"), urllib.parse.urljoin("http://a/b/c", "../d"))
print(pathlib.PurePosixPath("/a/b/c.tar.gz").suffixes, pathlib.PureWindowsPath("C:/x/y").parts, posixpath.normpath("/a/./b/../c"), ntpath.splitdrive("C:\\x"))
print(quopri.encodestring(b"caf\xc3\xa9 = ok"), email.utils.parseaddr("Tim <tim@x.org>"))
m = email.message.EmailMessage(); m["Subject"] = "hi"; m.set_content("body"); print(m["Subject"], m.get_content_type())
print(heapq.nsmallest(3, [5, 1, 4, 2, 3]), list(heapq.merge([1, 4], [2, 3])), list(itertools.islice(itertools.count(), 3)))
toks = list(tokenize.generate_tokens(io.StringIO("x = (1 + 2)\n").readline))
print([tokenize.tok_name[t.type] for t in toks], keyword.iskeyword("for"))
tree = ast.parse("def f(a, *, b=1): return a + b")
print(ast.dump(tree)[:120], ast.unparse(tree), ast.literal_eval("[1, (2, 'x'), {3: None}]"))
