"""Unittest main program"""

import sys
import os

from . import loader, runner
from .signals import installHandler

__unittest = True

MAIN_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""

USAGE = """\
usage: %(prog)s [-h] [-v] [-q] [--locals] [-f] [-c] [-b] [-k TESTNAMEPATTERNS]
%(pad)s [tests ...]
"""


def _convert_name(name):
    if os.path.isfile(name) and name.lower().endswith('.py'):
        if os.path.isabs(name):
            rel_path = os.path.relpath(name, os.getcwd())
            if os.path.isabs(rel_path) or rel_path.startswith(os.pardir):
                return name
            name = rel_path
        return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')
    return name


def _convert_names(names):
    return [_convert_name(name) for name in names]


def _convert_select_pattern(pattern):
    if not '*' in pattern:
        pattern = '*%s*' % pattern
    return pattern


class TestProgram(object):
    """A command-line program that runs a set of tests; this is primarily
       for making test modules conveniently executable.
    """
    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                    testRunner=None, testLoader=loader.defaultTestLoader,
                    exit=True, verbosity=1, failfast=None, catchbreak=None,
                    buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv

        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not sys.warnoptions:
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def _print_help(self, *args, **kwargs):
        prog = self.progName
        sys.stdout.write(USAGE % {'prog': prog, 'pad': ' ' * len('usage: ' + prog)})
        sys.stdout.write(MAIN_EXAMPLES % {'prog': prog})

    def _usage_error(self, msg):
        prog = self.progName
        sys.stderr.write(USAGE % {'prog': prog, 'pad': ' ' * len('usage: ' + prog)})
        sys.stderr.write('%s: error: %s\n' % (prog, msg))
        sys.exit(2)

    def parseArgs(self, argv):
        if self.module is None:
            if len(argv) > 1 and argv[1].lower() == 'discover':
                self._do_discovery(argv[2:])
                return
            self._parse(argv[1:])
            if not self.tests:
                self._do_discovery([])
                return
        else:
            self._parse(argv[1:])
        if not self.tests:
            self.testNames = None
        elif self.defaultTest is None or True:
            self.testNames = _convert_names(self.tests)
        if self.testNames is None and self.defaultTest is not None:
            if isinstance(self.defaultTest, str):
                self.testNames = (self.defaultTest,)
            else:
                self.testNames = list(self.defaultTest)
        self.createTests()

    def _parse(self, args):
        self.tests = []
        i = 0
        while i < len(args):
            a = args[i]
            if a in ('-h', '--help'):
                self._print_help()
                sys.exit(0)
            elif a in ('-v', '--verbose'):
                self.verbosity = 2
            elif a in ('-q', '--quiet'):
                self.verbosity = 0
            elif a == '--locals':
                self.tb_locals = True
            elif a in ('-f', '--failfast'):
                if self.failfast is None:
                    self.failfast = True
            elif a in ('-c', '--catch'):
                if self.catchbreak is None:
                    self.catchbreak = True
            elif a in ('-b', '--buffer'):
                if self.buffer is None:
                    self.buffer = True
            elif a == '-k' or a.startswith('-k'):
                if a == '-k':
                    i += 1
                    if i >= len(args):
                        self._usage_error('argument -k: expected one argument')
                    pat = args[i]
                else:
                    pat = a[2:]
                if self.testNamePatterns is None:
                    self.testNamePatterns = []
                self.testNamePatterns.append(_convert_select_pattern(pat))
            elif a.startswith('-') and a != '-':
                self._usage_error('unrecognized arguments: %s' % a)
            else:
                self.tests.append(a)
            i += 1

    def _do_discovery(self, argv, Loader=None):
        self.start = '.'
        self.pattern = 'test*.py'
        self.top = None
        positional = []
        rest = []
        i = 0
        while i < len(argv):
            a = argv[i]
            if a in ('-s', '--start-directory', '-p', '--pattern',
                     '-t', '--top-level-directory'):
                i += 1
                if i >= len(argv):
                    self._usage_error('argument %s: expected one argument' % a)
                if a in ('-s', '--start-directory'):
                    self.start = argv[i]
                elif a in ('-p', '--pattern'):
                    self.pattern = argv[i]
                else:
                    self.top = argv[i]
            elif a.startswith('-'):
                rest.append(a)
                if a == '-k':
                    i += 1
                    if i < len(argv):
                        rest.append(argv[i])
            else:
                positional.append(a)
            i += 1
        self._parse(rest)
        names = ['start', 'pattern', 'top']
        for name, value in zip(names, positional):
            setattr(self, name, value)
        self.testNames = None
        self.createTests(from_discovery=True, Loader=Loader)

    def createTests(self, from_discovery=False, Loader=None):
        if from_discovery:
            if self.testNamePatterns:
                self.testLoader.testNamePatterns = self.testNamePatterns
            loader = self.testLoader if Loader is None else Loader()
            self.test = loader.discover(self.start, self.pattern, self.top)
            return
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames,
                                                           self.module)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings,
                                                 tb_locals=self.tb_locals)
                except TypeError:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings)
            except TypeError:
                testRunner = self.testRunner()
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
