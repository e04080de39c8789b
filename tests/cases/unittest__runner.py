import io, re, sys, unittest

class T(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('setUpClass')
    @classmethod
    def tearDownClass(cls):
        print('tearDownClass')
    def setUp(self):
        self.x = 1
    def tearDown(self):
        print('tearDown', self._testMethodName)
    def test_a_eq(self):
        self.assertEqual(1, 2)
    def test_b_msg(self):
        self.assertEqual(1, 2, 'custom')
    def test_e_in(self):
        self.assertIn(3, [1, 2])
    def test_f_is(self):
        self.assertIsNone(5)
    def test_g_raises(self):
        with self.assertRaises(ValueError):
            pass
    def test_h_raises_ok(self):
        with self.assertRaises(KeyError) as cm:
            {}['k']
        self.assertEqual(cm.exception.args, ('k',))
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)
    def test_i_almost(self):
        self.assertAlmostEqual(1.0, 1.1)
    def test_k_set(self):
        self.assertEqual({1, 2}, {2, 3})
    def test_l_true(self):
        "Docstring first line.\n\n more"
        self.assertTrue(0)
    def test_m_greater(self):
        self.assertGreater(1, 2)
    def test_n_isinstance(self):
        self.assertIsInstance(1, str)
    def test_o_count(self):
        self.assertCountEqual([1, 1, 2], [1, 2, 2])
    def test_p_unexpected(self):
        pass
    test_p_unexpected = unittest.expectedFailure(test_p_unexpected)
    def test_q_skip(self):
        self.skipTest('dynamic skip')
    def test_r_regex(self):
        self.assertRaisesRegex(ValueError, 'abc', int, 'xyz')
    def test_s_nested_subtest(self):
        with self.subTest('outer', a=1):
            with self.subTest(b=2):
                self.assertEqual(1, 1)
                raise KeyError('boom')
    def test_t_notequal(self):
        self.assertNotEqual(1, 1)
    def test_u_cleanup(self):
        self.addCleanup(print, 'cleanup ran')
    def helper(self):
        pass

@unittest.skip('whole class')
class Skipped(unittest.TestCase):
    def test_x(self):
        pass

class Other(unittest.TestCase):
    @unittest.skipIf(True, 'cond')
    def test_1(self): pass
    @unittest.skipUnless(True, 'never')
    def test_2(self): pass

def mask(s):
    return re.sub(r'\d+\.\d+s', 'N.NNNs', s)

loader = unittest.TestLoader()
print(loader.getTestCaseNames(T)[:3])
suite = loader.loadTestsFromModule(sys.modules[__name__])
print(suite.countTestCases())
for verbosity in (1, 2):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(
        unittest.TestLoader().loadTestsFromModule(sys.modules[__name__]))
    print(mask(stream.getvalue()))
    print(result, result.wasSuccessful(), len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses))
print(repr(T('test_a_eq')), str(T('test_a_eq')), T('test_a_eq').id())
try:
    T('nosuch')
except ValueError as e:
    print(e)
stream = io.StringIO()
prog = unittest.main(argv=['prog', 'Other'], exit=False, testRunner=unittest.TextTestRunner(stream=stream))
print(mask(stream.getvalue()), prog.result.wasSuccessful())
stream = io.StringIO()
prog = unittest.main(argv=['prog', '-k', 'test_h'], exit=False, testRunner=unittest.TextTestRunner(stream=stream, verbosity=2))
print(mask(stream.getvalue()))
r = unittest.TestResult()
T('test_a_eq').run(r)
print(r, r.failures[0][0])
