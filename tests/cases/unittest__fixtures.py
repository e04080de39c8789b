import io, re, sys, warnings, unittest

log = []

def setUpModule():
    log.append('setUpModule')

def tearDownModule():
    log.append('tearDownModule')

class BadSetup(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('class setup broke')
    def test_never(self):
        log.append('never')

class Fix(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')
        cls.addClassCleanup(log.append, 'classCleanup')
    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')
    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        if self._testMethodName == 'test_skip_in_setup':
            self.skipTest('from setUp')
        self.addCleanup(log.append, 'cleanup ' + self._testMethodName)
    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)
    def test_skip_in_setup(self):
        pass
    def test_warns(self):
        with self.assertWarns(UserWarning) as cm:
            warnings.warn('careful', UserWarning)
        log.append('warned: %s' % cm.warning)
        with self.assertWarnsRegex(DeprecationWarning, 'old'):
            warnings.warn('old api', DeprecationWarning)
    def test_warns_missing(self):
        with self.assertWarns(UserWarning):
            pass
    def test_buffered_output(self):
        print('printed inside test')
        self.fail('with output')
    def test_cleanup_error(self):
        self.addCleanup(lambda: 1 / 0)
    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass
    def test_subtest_pass_and_skip(self):
        for i in range(3):
            with self.subTest(i=i):
                if i == 1:
                    self.skipTest('skip one')
    def test_raises_wrong(self):
        with self.assertRaises(KeyError):
            raise ValueError('not a key error')

def mask(s):
    s = re.sub(r'\d+\.\d+s', 'N.NNNs', s)
    return '\n'.join(l for l in s.split('\n') if not l.startswith('  File ') and not l.startswith('    '))

for verbosity, buffer in ((2, True), (1, False), (0, False)):
    log.clear()
    stream = io.StringIO()
    suite = unittest.TestLoader().loadTestsFromModule(sys.modules[__name__])
    res = unittest.TextTestRunner(stream=stream, verbosity=verbosity, buffer=buffer).run(suite)
    print(mask(stream.getvalue()))
    print(log)
    print(res)
stream = io.StringIO()
suite = unittest.TestLoader().loadTestsFromTestCase(Fix)
res = unittest.TextTestRunner(stream=stream, verbosity=2, failfast=True).run(suite)
print(mask(stream.getvalue()))
