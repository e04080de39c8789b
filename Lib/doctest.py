"""Module doctest -- a framework for running examples in docstrings.

In simplest use, end each module M to be tested with:

def _test():
    import doctest
    doctest.testmod()

if __name__ == "__main__":
    _test()
"""

__docformat__ = 'reStructuredText en'

__all__ = [
    'register_optionflag',
    'DONT_ACCEPT_TRUE_FOR_1',
    'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE',
    'ELLIPSIS',
    'SKIP',
    'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS',
    'REPORT_UDIFF',
    'REPORT_CDIFF',
    'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE',
    'REPORTING_FLAGS',
    'FAIL_FAST',
    'Example',
    'DocTest',
    'DocTestParser',
    'DocTestFinder',
    'DocTestRunner',
    'OutputChecker',
    'DocTestFailure',
    'UnexpectedException',
    'DebugRunner',
    'testmod',
    'testfile',
    'run_docstring_examples',
    'DocTestSuite',
    'DocFileSuite',
    'set_unittest_reportflags',
    'script_from_examples',
    'testsource',
    'debug_src',
    'debug',
]

import __future__
import inspect
import io
import linecache
import os
import re
import sys
import traceback
from collections import namedtuple

TestResults = namedtuple('TestResults', 'failed attempted')

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 |
                    DONT_ACCEPT_BLANKLINE |
                    NORMALIZE_WHITESPACE |
                    ELLIPSIS |
                    SKIP |
                    IGNORE_EXCEPTION_DETAIL)

REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')

REPORTING_FLAGS = (REPORT_UDIFF |
                   REPORT_CDIFF |
                   REPORT_NDIFF |
                   REPORT_ONLY_FIRST_FAILURE |
                   FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


def _extract_future_flags(globs):
    flags = 0
    for fname in __future__.all_feature_names:
        feature = globs.get(fname, None)
        if feature is getattr(__future__, fname):
            flags |= feature.compiler_flag
    return flags


def _normalize_module(module, depth=2):
    if inspect.ismodule(module):
        return module
    elif isinstance(module, str):
        return __import__(module, globals(), locals(), ["*"])
    elif module is None:
        try:
            return sys.modules[sys._getframe(depth).f_globals['__name__']]
        except KeyError:
            return sys.modules['__main__']
    else:
        raise TypeError("Expected a module, string, or None")


def _newline_convert(data):
    for newline in ('\r\n', '\r'):
        data = data.replace(newline, '\n')
    return data


def _load_testfile(filename, package, module_relative, encoding):
    if module_relative:
        package = _normalize_module(package, 3)
        filename = _module_relative_path(package, filename)
        if (loader := getattr(package, '__loader__', None)) is None:
            try:
                loader = package.__spec__.loader
            except AttributeError:
                pass
        if hasattr(loader, 'get_data'):
            file_contents = loader.get_data(filename)
            file_contents = file_contents.decode(encoding or 'utf-8')
            return _newline_convert(file_contents), filename
    with open(filename, encoding=encoding) as f:
        return f.read(), filename


def _indent(s, indent=4):
    """Add the given number of space characters to the beginning of
    every non-blank line in `s`, and return the result."""
    out = []
    for line in s.splitlines(True):
        if line.strip('\n') or line.strip():
            out.append(' ' * indent + line)
        else:
            out.append(line)
    return ''.join(out)


def _exception_traceback(exc_info):
    excout = io.StringIO()
    exc_type, exc_val, exc_tb = exc_info
    traceback.print_exception(exc_type, exc_val, exc_tb, file=excout)
    return excout.getvalue()


class _SpoofOut(io.StringIO):
    def getvalue(self):
        result = io.StringIO.getvalue(self)
        if result and not result.endswith("\n"):
            result += "\n"
        return result

    def truncate(self, size=None):
        self.seek(size)
        io.StringIO.truncate(self)


def _ellipsis_match(want, got):
    if ELLIPSIS_MARKER not in want:
        return want == got
    ws = want.split(ELLIPSIS_MARKER)
    assert len(ws) >= 2
    startpos, endpos = 0, len(got)
    w = ws[0]
    if w:
        if got.startswith(w):
            startpos = len(w)
            del ws[0]
        else:
            return False
    w = ws[-1]
    if w:
        if got.endswith(w):
            endpos -= len(w)
            del ws[-1]
        else:
            return False
    if startpos > endpos:
        return False
    for w in ws:
        startpos = got.find(w, startpos, endpos)
        if startpos < 0:
            return False
        startpos += len(w)
    return True


def _comment_line(line):
    "Return a commented form of the given line"
    line = line.rstrip()
    if line:
        return '# ' + line
    else:
        return '#'


def _strip_exception_details(msg):
    start, end = 0, len(msg)
    i = msg.find("\n")
    if i >= 0:
        end = i
    i = msg.find('(', 0, end)
    if i >= 0:
        end = i
    i = msg.find(':', 0, end)
    if i >= 0:
        end = i
    i = msg.rfind('.', 0, end)
    if i >= 0:
        start = i + 1
    return msg[start: end]


class Example:
    """A single doctest example, consisting of source code and expected
    output."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0,
                 options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        if options is None:
            options = {}
        self.options = options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self.source == other.source and \
               self.want == other.want and \
               self.lineno == other.lineno and \
               self.indent == other.indent and \
               self.options == other.options and \
               self.exc_msg == other.exc_msg

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent,
                     self.exc_msg))


class DocTest:
    """A collection of doctest examples that should be run in a single
    namespace."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), \
               "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        if len(self.examples) == 0:
            examples = 'no examples'
        elif len(self.examples) == 1:
            examples = '1 example'
        else:
            examples = '%d examples' % len(self.examples)
        return ('<%s %s from %s:%s (%s)>' %
                (self.__class__.__name__,
                 self.name, self.filename, self.lineno, examples))

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self.examples == other.examples and \
               self.docstring == other.docstring and \
               self.globs == other.globs and \
               self.name == other.name and \
               self.filename == other.filename and \
               self.lineno == other.lineno

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return ((self.name, self.filename, self.lineno, id(self))
                <
                (other.name, other.filename, other.lineno, id(other)))


def _line_indent(line):
    return len(line) - len(line.lstrip(' '))


def _is_ps1(stripped):
    return stripped == '>>>' or stripped.startswith('>>> ')


class DocTestParser:
    """A class used to parse strings containing doctest examples."""

    _OPTION_DIRECTIVE_RE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$',
                                      re.MULTILINE)

    def parse(self, string, name='<string>'):
        """Divide the given string into examples and intervening text."""
        string = string.expandtabs()
        lines = string.split('\n')
        min_indent = None
        for line in lines:
            if line.strip():
                ind = _line_indent(line)
                if min_indent is None or ind < min_indent:
                    min_indent = ind
        if min_indent:
            lines = [l[min_indent:] for l in lines]
        output = []
        text_start = 0
        i = 0
        n = len(lines)
        while i < n:
            line = lines[i]
            stripped = line.lstrip(' ')
            if not _is_ps1(stripped):
                i += 1
                continue
            indent = _line_indent(line)
            start = i
            source_lines = [line]
            i += 1
            while i < n:
                l = lines[i]
                s = l[indent:] if len(l) >= indent else l.lstrip(' ')
                if l[:indent].strip() == '' and (s == '...' or s.startswith('... ')):
                    source_lines.append(l)
                    i += 1
                else:
                    break
            want_lines = []
            while i < n:
                l = lines[i]
                if not l.strip():
                    break
                if _is_ps1(l.lstrip(' ')):
                    break
                want_lines.append(l)
                i += 1
            output.append('\n'.join(lines[text_start:start]) + ('\n' if start > text_start else ''))
            self._check_prompt_blank(source_lines, indent, name, start)
            self._check_prefix(source_lines[1:], ' ' * indent + '.', name, start)
            source = '\n'.join(sl[indent + 4:] for sl in source_lines)
            self._check_prefix(want_lines, ' ' * indent, name, start + len(source_lines))
            want = '\n'.join(wl[indent:] for wl in want_lines)
            if want_lines:
                want += '\n'
            exc_msg = self._exc_msg(want)
            options = self._find_options(source, name, start)
            if options.get(SKIP) is None or True:
                pass
            if not self._IS_BLANK_OR_COMMENT(source):
                output.append(Example(source, want, exc_msg,
                                      lineno=start,
                                      indent=min_indent + indent if min_indent else indent,
                                      options=options))
            text_start = i
        output.append('\n'.join(lines[text_start:]))
        return output

    def _exc_msg(self, want):
        wl = want.split('\n')
        if not wl or not (wl[0].startswith('Traceback (most recent call last):') or
                          wl[0].startswith('Traceback (innermost last):')):
            return None
        j = 1
        while j < len(wl) and (wl[j].startswith(' ') or wl[j].startswith('\t') or
                               wl[j].strip() == '...' or wl[j] == ''):
            if wl[j] == '':
                break
            j += 1
        msg = '\n'.join(wl[j:])
        return msg if msg.endswith('\n') or not msg else msg + '\n'

    def _IS_BLANK_OR_COMMENT(self, s):
        return all((not l.strip()) or l.strip().startswith('#') for l in s.split('\n'))

    def get_doctest(self, string, globs, name, filename, lineno):
        """Extract all doctest examples from the given string, and
        collect them into a `DocTest` object."""
        return DocTest(self.get_examples(string, name), globs,
                       name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        """Extract all doctest examples from the given string."""
        return [x for x in self.parse(string, name)
                if isinstance(x, Example)]

    def _find_options(self, source, name, lineno):
        options = {}
        for m in self._OPTION_DIRECTIVE_RE.finditer(source):
            option_strings = m.group(1).replace(',', ' ').split()
            for option in option_strings:
                if (option[0] not in '+-' or
                    option[1:] not in OPTIONFLAGS_BY_NAME):
                    raise ValueError('line %r of the doctest for %s '
                                     'has an invalid option: %r' %
                                     (lineno + 1, name, option))
                flag = OPTIONFLAGS_BY_NAME[option[1:]]
                options[flag] = (option[0] == '+')
        if options and self._IS_BLANK_OR_COMMENT(source):
            raise ValueError('line %r of the doctest for %s has an option '
                             'directive on a line with no example: %r' %
                             (lineno, name, source))
        return options

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s '
                                 'lacks blank after %s: %r' %
                                 (lineno + i + 1, name,
                                  line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has '
                                 'inconsistent leading whitespace: %r' %
                                 (lineno + i + 1, name, line))


class DocTestFinder:
    """A class used to extract the DocTests that are relevant to a given
    object, from its docstring and the docstrings of its contained
    objects."""

    def __init__(self, verbose=False, parser=DocTestParser(),
                 recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """Return a list of the DocTests that are defined by the given
        object's docstring, or by any of its contained objects'
        docstrings."""
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given "
                        "when obj.__name__ doesn't exist: %r" %
                                 (type(obj),))

        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)

        try:
            file = inspect.getsourcefile(obj)
        except TypeError:
            source_lines = None
        else:
            if not file:
                file = inspect.getfile(obj)
                if not file[0] + file[-2:] == '<]>':
                    file = None
            if file is None:
                source_lines = None
            else:
                if module is not None:
                    source_lines = linecache.getlines(file, module.__dict__)
                else:
                    source_lines = linecache.getlines(file)
                if not source_lines:
                    source_lines = None

        if globs is None:
            if module is None:
                globs = {}
            else:
                globs = module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'

        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _from_module(self, module, object):
        if module is None:
            return True
        elif inspect.getmodule(object) is not None:
            return module is inspect.getmodule(object)
        elif inspect.isfunction(object):
            return module.__dict__ is object.__globals__
        elif (inspect.ismethoddescriptor(object) or inspect.ismethodwrapper(object)):
            if hasattr(object, '__objclass__'):
                obj_mod = object.__objclass__.__module__
            elif hasattr(object, '__module__'):
                obj_mod = object.__module__
            else:
                return True
            return module.__name__ == obj_mod
        elif inspect.isclass(object):
            return module.__name__ == object.__module__
        elif hasattr(object, '__module__'):
            return module.__name__ == object.__module__
        elif isinstance(object, property):
            return True
        else:
            raise ValueError("object must be a class or function")

    def _is_routine(self, obj):
        maybe_routine = obj
        try:
            maybe_routine = inspect.unwrap(maybe_routine)
        except ValueError:
            pass
        return inspect.isroutine(maybe_routine)

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in %s' % name)

        if id(obj) in seen:
            return
        seen[id(obj)] = 1

        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)

        if inspect.ismodule(obj) and self._recurse:
            for valname, val in list(obj.__dict__.items()):
                valname = '%s.%s' % (name, valname)
                if ((self._is_routine(val) or inspect.isclass(val)) and
                    self._from_module(module, val)):
                    self._find(tests, val, valname, module, source_lines,
                               globs, seen)

        if inspect.ismodule(obj) and self._recurse:
            for valname, val in getattr(obj, '__test__', {}).items():
                if not isinstance(valname, str):
                    raise ValueError("DocTestFinder.find: __test__ keys "
                                     "must be strings: %r" %
                                     (type(valname),))
                if not (inspect.isroutine(val) or inspect.isclass(val) or
                        inspect.ismodule(val) or isinstance(val, str)):
                    raise ValueError("DocTestFinder.find: __test__ values "
                                     "must be strings, functions, methods, "
                                     "classes, or modules: %r" %
                                     (type(val),))
                valname = '%s.__test__.%s' % (name, valname)
                self._find(tests, val, valname, module, source_lines,
                           globs, seen)

        if inspect.isclass(obj) and self._recurse:
            for valname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__

                if ((inspect.isroutine(val) or inspect.isclass(val) or
                      isinstance(val, property)) and
                      self._from_module(module, val)):
                    valname = '%s.%s' % (name, valname)
                    self._find(tests, val, valname, module, source_lines,
                               globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                if obj.__doc__ is None:
                    docstring = ''
                else:
                    docstring = obj.__doc__
                    if not isinstance(docstring, str):
                        docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
            if inspect.ismethod(obj):
                docstring = obj.__func__.__doc__ or ''

        lineno = self._find_lineno(obj, source_lines)

        if self._exclude_empty and not docstring:
            return None

        if module is None:
            filename = None
        else:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename[-4:] == ".pyc":
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name,
                                        filename, lineno)

    def _find_lineno(self, obj, source_lines):
        lineno = None
        docstring = getattr(obj, '__doc__', None)

        if inspect.ismodule(obj) and docstring is not None:
            lineno = 0

        if inspect.isclass(obj) and docstring is not None:
            if source_lines is None:
                return None
            pat = re.compile(r'^\s*class\s*%s\b' %
                             re.escape(getattr(obj, '__name__', '-')))
            for i, line in enumerate(source_lines):
                if pat.match(line):
                    lineno = i
                    break

        if inspect.ismethod(obj):
            obj = obj.__func__
        if isinstance(obj, property):
            obj = obj.fget
        if inspect.isfunction(obj) and getattr(obj, '__doc__', None):
            obj = obj.__code__
        if inspect.istraceback(obj):
            obj = obj.tb_frame
        if inspect.isframe(obj):
            obj = obj.f_code
        if inspect.iscode(obj):
            lineno = obj.co_firstlineno - 1

        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            pat = re.compile(r'(^|.*:)\s*\w*("|\')')
            for lineno in range(lineno, len(source_lines)):
                if pat.match(source_lines[lineno]):
                    return lineno

        return None


class DocTestRunner:
    """A class used to run DocTest test cases, and accumulate statistics."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags

        self.tries = 0
        self.failures = 0
        self._name2ft = {}

        self._fakeout = _SpoofOut()

    def report_start(self, out, test, example):
        """Report that the test runner is about to process the given
        example."""
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) +
                    'Expecting:\n' + _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) +
                    'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        """Report that the given example ran successfully."""
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        """Report that the given example failed."""
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        """Report that the given example raised an unexpected exception."""
        out(self._failure_header(test, example) +
            'Exception raised:\n' + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = '?'
            out.append('File "%s", line %s, in %s' %
                       (test.filename, lineno, test.name))
        else:
            out.append('Line %s, in %s' % (example.lineno + 1, test.name))
        out.append('Failed example:')
        source = example.source
        out.append(_indent(source))
        return '\n'.join(out)

    def __run(self, test, compileflags, out):
        failures = tries = 0

        original_optionflags = self.optionflags

        SUCCESS, FAILURE, BOOM = range(3)

        check = self._checker.check_output

        for examplenum, example in enumerate(test.examples):

            quiet = (self.optionflags & REPORT_ONLY_FIRST_FAILURE and
                     failures > 0)

            self.optionflags = original_optionflags
            if example.options:
                for (optionflag, val) in example.options.items():
                    if val:
                        self.optionflags |= optionflag
                    else:
                        self.optionflags &= ~optionflag

            if self.optionflags & SKIP:
                continue

            tries += 1
            if not quiet:
                self.report_start(out, test, example)

            filename = '<doctest %s[%d]>' % (test.name, examplenum)

            try:
                exec(compile(example.source, filename, "single",
                             compileflags, True), test.globs)
                exception = None
            except KeyboardInterrupt:
                raise
            except:
                exception = sys.exc_info()

            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            outcome = FAILURE

            if exception is None:
                if check(example.want, got, self.optionflags):
                    outcome = SUCCESS

            else:
                formatted_ex = traceback.format_exception_only(*exception[:2])
                exc_msg = formatted_ex[-1]
                if not quiet:
                    got += _exception_traceback(exception)

                if example.exc_msg is None:
                    outcome = BOOM

                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = SUCCESS

                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg),
                             _strip_exception_details(exc_msg),
                             self.optionflags):
                        outcome = SUCCESS

            if outcome is SUCCESS:
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome is FAILURE:
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            elif outcome is BOOM:
                if not quiet:
                    self.report_unexpected_exception(out, test, example,
                                                     exception)
                failures += 1
            else:
                assert False, ("unknown outcome", outcome)

            if failures and self.optionflags & FAIL_FAST:
                break

        self.optionflags = original_optionflags

        self.__record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def _patched_linecache_getlines(self, filename, module_globals=None):
        prefix = '<doctest ' + self.test.name + '['
        if filename.startswith(prefix) and filename.endswith(']>'):
            num = filename[len(prefix):-2]
            if num.isdigit():
                example = self.test.examples[int(num)]
                return example.source.splitlines(keepends=True)
        return self.save_linecache_getlines(filename, module_globals)

    def __record_outcome(self, test, f, t):
        f2, t2 = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + f2, t + t2)
        self.failures += f
        self.tries += t

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run the examples in `test`, and display the results using the
        writer function `out`."""
        self.test = test

        if compileflags is None:
            compileflags = _extract_future_flags(test.globs)

        save_stdout = sys.stdout
        if out is None:
            encoding = save_stdout.encoding
            if encoding is None or encoding.lower() == 'utf-8':
                out = save_stdout.write
            else:
                def out(s):
                    s = str(s.encode(encoding, 'backslashreplace'), encoding)
                    save_stdout.write(s)
        sys.stdout = self._fakeout

        save_displayhook = sys.displayhook
        sys.displayhook = sys.__displayhook__

        self.save_linecache_getlines = linecache.getlines
        linecache.getlines = self._patched_linecache_getlines

        try:
            return self.__run(test, compileflags, out)
        finally:
            sys.stdout = save_stdout
            sys.displayhook = save_displayhook
            linecache.getlines = self.save_linecache_getlines
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def summarize(self, verbose=None):
        """Print a summary of all the test cases that have been run by
        this DocTestRunner, and return a tuple `(f, t)`."""
        if verbose is None:
            verbose = self._verbose
        notests = []
        passed = []
        failed = []
        totalt = totalf = 0
        for x in self._name2ft.items():
            name, (f, t) = x
            assert f <= t
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append(x)
        if verbose:
            if notests:
                print(len(notests), "items had no tests:")
                notests.sort()
                for thing in notests:
                    print("   ", thing)
            if passed:
                print(len(passed), "items passed all tests:")
                passed.sort()
                for thing, count in passed:
                    print(" %3d tests in %s" % (count, thing))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            failed.sort()
            for thing, (f, t) in failed:
                print(" %3d of %3d in %s" % (f, t, thing))
        if verbose:
            print(totalt, "tests in", len(self._name2ft), "items.")
            print(totalt - totalf, "passed and", totalf, "failed.")
        if totalf:
            print("***Test Failed***", totalf, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(totalf, totalt)

    def merge(self, other):
        d = self._name2ft
        for name, (f, t) in other._name2ft.items():
            if name in d:
                f2, t2 = d[name]
                f = f + f2
                t = t + t2
            d[name] = f, t


class OutputChecker:
    """A class used to check the whether the actual output from a doctest
    example matches the expected output."""

    def _toAscii(self, s):
        return str(s.encode('ASCII', 'backslashreplace'), "ASCII")

    def check_output(self, want, got, optionflags):
        """Return True iff the actual output from an example (`got`)
        matches the expected output (`want`)."""
        got = self._toAscii(got)
        want = self._toAscii(want)

        if got == want:
            return True

        if not (optionflags & DONT_ACCEPT_TRUE_FOR_1):
            if (got, want) == ("True\n", "1\n"):
                return True
            if (got, want) == ("False\n", "0\n"):
                return True

        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            want = '\n'.join('' if l.strip() == BLANKLINE_MARKER and
                             l.replace(BLANKLINE_MARKER, '').strip() == ''
                             else l for l in want.split('\n'))
            got = '\n'.join('' if not l.strip() else l for l in got.split('\n'))
            if got == want:
                return True

        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True

        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True

        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF |
                              REPORT_CDIFF |
                              REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        """Return a string describing the differences between the
        expected output for a given example (`example`) and the actual
        output (`got`)."""
        want = example.want
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            got = '\n'.join(BLANKLINE_MARKER if (not l.strip() and i < len(got.split('\n')) - 1)
                            else l for i, l in enumerate(got.split('\n')))

        if self._do_a_fancy_diff(want, got, optionflags):
            try:
                import difflib
            except ImportError:
                difflib = None
            if difflib is not None:
                want_lines = want.splitlines(keepends=True)
                got_lines = got.splitlines(keepends=True)
                if optionflags & REPORT_UDIFF:
                    diff = difflib.unified_diff(want_lines, got_lines, n=2)
                    diff = list(diff)[2:]
                    kind = 'unified diff with -expected +actual'
                elif optionflags & REPORT_CDIFF:
                    diff = difflib.context_diff(want_lines, got_lines, n=2)
                    diff = list(diff)[2:]
                    kind = 'context diff with expected followed by actual'
                else:
                    engine = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                    diff = list(engine.compare(want_lines, got_lines))
                    kind = 'ndiff with -expected +actual'
                diff = [line.rstrip() + '\n' for line in diff]
                return 'Differences (%s):\n' % kind + _indent(''.join(diff))

        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        elif want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        elif got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        else:
            return 'Expected nothing\nGot nothing\n'


class DocTestFailure(Exception):
    """A DocTest example has failed in debugging mode."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """A DocTest example has encountered an unexpected exception."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """Run doc tests but raise an exception as soon as there is a failure."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


master = None


def testmod(m=None, name=None, globs=None, verbose=None,
            report=True, optionflags=0, extraglobs=None,
            raise_on_error=False, exclude_empty=False):
    """Test examples in docstrings in functions and classes reachable
    from module m (or the current module if m is not supplied), starting
    with m.__doc__."""
    global master

    if m is None:
        m = sys.modules.get('__main__')

    if not inspect.ismodule(m):
        raise TypeError("testmod: module required; %r" % (m,))

    if name is None:
        name = m.__name__

    finder = DocTestFinder(exclude_empty=exclude_empty)

    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)

    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)

    if report:
        runner.summarize()

    if master is None:
        master = runner
    else:
        master.merge(runner)

    return TestResults(runner.failures, runner.tries)


def testfile(filename, module_relative=True, name=None, package=None,
             globs=None, verbose=None, report=True, optionflags=0,
             extraglobs=None, raise_on_error=False, parser=DocTestParser(),
             encoding=None):
    """Test examples in the given file."""
    global master

    if package and not module_relative:
        raise ValueError("Package may only be specified for module-"
                         "relative paths.")

    text, filename = _load_testfile(filename, package, module_relative,
                                    encoding or "utf-8")

    if name is None:
        name = os.path.basename(filename)

    if globs is None:
        globs = {}
    else:
        globs = globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if '__name__' not in globs:
        globs['__name__'] = '__main__'

    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)

    test = parser.get_doctest(text, globs, name, filename, 0)
    runner.run(test)

    if report:
        runner.summarize()

    if master is None:
        master = runner
    else:
        master.merge(runner)

    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName",
                           compileflags=None, optionflags=0):
    """Test examples in the given object's docstring (`f`), using `globs`
    as globals."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Sets the unittest option flags."""
    global _unittest_reportflags

    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError("Only reporting flags allowed", flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


def _module_relative_path(module, test_path):
    if not inspect.ismodule(module):
        raise TypeError('Expected a module: %r' % module)
    if test_path.startswith('/'):
        raise ValueError('Module-relative files may not have absolute paths')

    test_path = os.path.join(*(test_path.split('/')))

    if hasattr(module, '__file__'):
        basedir = os.path.split(module.__file__)[0]
    elif module.__name__ == '__main__':
        if len(sys.argv) > 0 and sys.argv[0] != '':
            basedir = os.path.split(sys.argv[0])[0]
        else:
            basedir = os.curdir
    else:
        if hasattr(module, '__path__'):
            for directory in module.__path__:
                fullpath = os.path.join(directory, test_path)
                if os.path.exists(fullpath):
                    return fullpath
        raise ValueError("Can't resolve paths relative to the module "
                         "%r (it has no __file__)"
                         % module.__name__)

    return os.path.join(basedir, test_path)


def _make_unittest_classes():
    import unittest

    class DocTestCase(unittest.TestCase):

        def __init__(self, test, optionflags=0, setUp=None, tearDown=None,
                     checker=None):
            unittest.TestCase.__init__(self)
            self._dt_optionflags = optionflags
            self._dt_checker = checker
            self._dt_globs = test.globs.copy()
            self._dt_test = test
            self._dt_setUp = setUp
            self._dt_tearDown = tearDown

        def setUp(self):
            test = self._dt_test
            if self._dt_setUp is not None:
                self._dt_setUp(test)

        def tearDown(self):
            test = self._dt_test
            if self._dt_tearDown is not None:
                self._dt_tearDown(test)
            test.globs.clear()
            test.globs.update(self._dt_globs)

        def runTest(self):
            test = self._dt_test
            old = sys.stdout
            new = io.StringIO()
            optionflags = self._dt_optionflags

            if not (optionflags & REPORTING_FLAGS):
                optionflags |= _unittest_reportflags

            runner = DocTestRunner(optionflags=optionflags,
                                   checker=self._dt_checker, verbose=False)

            try:
                runner.DIVIDER = "-" * 70
                failures, tries = runner.run(
                    test, out=new.write, clear_globs=False)
            finally:
                sys.stdout = old

            if failures:
                raise self.failureException(self.format_failure(new.getvalue()))

        def format_failure(self, err):
            test = self._dt_test
            if test.lineno is None:
                lineno = 'unknown line number'
            else:
                lineno = '%s' % test.lineno
            lname = '.'.join(test.name.split('.')[-1:])
            return ('Failed doctest test for %s\n'
                    '  File "%s", line %s, in %s\n\n%s'
                    % (test.name, test.filename, lineno, lname, err)
                    )

        def id(self):
            return self._dt_test.name

        def __eq__(self, other):
            if type(self) is not type(other):
                return NotImplemented
            return self._dt_test == other._dt_test

        def __hash__(self):
            return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown,
                         self._dt_checker))

        def __repr__(self):
            name = self._dt_test.name.split('.')
            return "%s (%s)" % (name[-1], '.'.join(name[:-1]))

        __str__ = object.__str__

        def shortDescription(self):
            return "Doctest: " + self._dt_test.name

    class DocFileCase(DocTestCase):

        def id(self):
            return '_'.join(self._dt_test.name.split('.'))

        def __repr__(self):
            return self._dt_test.filename

        def format_failure(self, err):
            return ('Failed doctest test for %s\n  File "%s", line 0\n\n%s'
                    % (self._dt_test.name, self._dt_test.filename, err)
                    )

    return DocTestCase, DocFileCase


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None,
                 **options):
    """Convert doctest tests for a module to a unittest test suite."""
    import unittest
    DocTestCase, _ = _make_unittest_classes()
    if test_finder is None:
        test_finder = DocTestFinder()

    module = _normalize_module(module)
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)

    suite = unittest.TestSuite()

    for test in tests:
        if len(test.examples) == 0:
            continue
        if not test.filename:
            filename = module.__file__
            if filename[-4:] == ".pyc":
                filename = filename[:-1]
            test.filename = filename
        suite.addTest(DocTestCase(test, **options))

    return suite


def DocFileSuite(*paths, **kw):
    """A unittest suite for one or more doctest files."""
    import unittest
    _, DocFileCase = _make_unittest_classes()
    suite = unittest.TestSuite()
    if kw.get('module_relative', True):
        kw['package'] = _normalize_module(kw.get('package'))

    for path in paths:
        module_relative = kw.pop('module_relative', True)
        package = kw.pop('package', None)
        globs = kw.pop('globs', None)
        parser = kw.pop('parser', DocTestParser())
        encoding = kw.pop('encoding', None)
        if globs is None:
            globs = {}
        else:
            globs = globs.copy()
        if package and not module_relative:
            raise ValueError("Package may only be specified for module-"
                             "relative paths.")
        doc, path = _load_testfile(path, package, module_relative,
                                   encoding or "utf-8")
        if "__file__" not in globs:
            globs["__file__"] = path
        name = os.path.basename(path)
        test = parser.get_doctest(doc, globs, name, path, 0)
        suite.addTest(DocFileCase(test, **kw))
        kw['module_relative'] = module_relative
        kw['package'] = package

    return suite


def script_from_examples(s):
    """Extract script from text with examples."""
    output = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            output.append(piece.source[:-1])
            want = piece.want
            if want:
                output.append('# Expected:')
                output += ['## ' + l for l in want.split("\n")[:-1]]
        else:
            output += [_comment_line(l)
                       for l in piece.split("\n")[:-1]]

    while output and output[-1] == '#':
        output.pop()
    while output and output[0] == '#':
        output.pop(0)
    return '\n'.join(output) + '\n'


def testsource(module, name):
    """Extract the test sources from a doctest docstring as a script."""
    module = _normalize_module(module)
    tests = DocTestFinder().find(module)
    test = [t for t in tests if t.name == name]
    if not test:
        raise ValueError(name, "not found in tests")
    test = test[0]
    testsrc = script_from_examples(test.docstring)
    return testsrc


def debug_src(src, pm=False, globs=None):
    """Debug a single doctest docstring, in argument `src`'"""
    testsrc = script_from_examples(src)
    debug_script(testsrc, pm, globs)


def debug_script(src, pm=False, globs=None):
    "Debug a test script.  `src` is the script, as a string."
    if globs:
        globs = globs.copy()
    else:
        globs = {}
    exec(src, globs, globs)


def debug(module, name, pm=False):
    """Debug a single doctest docstring."""
    module = _normalize_module(module)
    testsrc = testsource(module, name)
    debug_script(testsrc, pm, module.__dict__)


def _test():
    try:
        import argparse
    except ImportError:
        return _test_simple()

    parser = argparse.ArgumentParser(description="doctest runner")
    parser.add_argument('-v', '--verbose', action='store_true', default=False,
                        help='print very verbose output for all tests')
    parser.add_argument('-o', '--option', action='append',
                        choices=OPTIONFLAGS_BY_NAME.keys(), default=[],
                        help=('specify a doctest option flag to apply'
                              ' to the test run; may be specified more'
                              ' than once to apply multiple options'))
    parser.add_argument('-f', '--fail-fast', action='store_true',
                        help=('stop running tests after first failure (this'
                              ' is a shorthand for -o FAIL_FAST, and is'
                              ' in addition to any other -o options)'))
    parser.add_argument('file', nargs='+',
                        help='file containing the tests to run')
    args = parser.parse_args()
    testfiles = args.file
    verbose = args.verbose
    options = 0
    for option in args.option:
        options |= OPTIONFLAGS_BY_NAME[option]
    if args.fail_fast:
        options |= FAIL_FAST
    for filename in testfiles:
        if filename.endswith(".py"):
            dirname, filename = os.path.split(filename)
            sys.path.insert(0, dirname)
            m = __import__(filename[:-3])
            del sys.path[0]
            failures, _ = testmod(m, verbose=verbose, optionflags=options)
        else:
            failures, _ = testfile(filename, module_relative=False,
                                     verbose=verbose, optionflags=options)
        if failures:
            return 1
    return 0


def _test_simple():
    args = sys.argv[1:]
    verbose = False
    options = 0
    files = []
    i = 0
    while i < len(args):
        a = args[i]
        if a in ('-v', '--verbose'):
            verbose = True
        elif a in ('-f', '--fail-fast'):
            options |= FAIL_FAST
        elif a in ('-o', '--option'):
            i += 1
            options |= OPTIONFLAGS_BY_NAME[args[i]]
        else:
            files.append(a)
        i += 1
    if not files:
        print('usage: doctest.py [-h] [-v] [-o OPTION] [-f] file [file ...]',
              file=sys.stderr)
        return 2
    for filename in files:
        if filename.endswith(".py"):
            dirname, filename = os.path.split(filename)
            sys.path.insert(0, dirname)
            m = __import__(filename[:-3])
            del sys.path[0]
            failures, _ = testmod(m, verbose=verbose, optionflags=options)
        else:
            failures, _ = testfile(filename, module_relative=False,
                                   verbose=verbose, optionflags=options)
        if failures:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(_test())
