import io, os, re, sys, shutil, tempfile, unittest
d = tempfile.mkdtemp()
os.makedirs(os.path.join(d, 'pkg_dz'))
with open(os.path.join(d, 'test_alpha_dz.py'), 'w') as f:
    f.write('import unittest\nclass A(unittest.TestCase):\n    def test_a(self): pass\n    def test_b(self): self.assertEqual(1, 2)\n')
with open(os.path.join(d, 'pkg_dz', '__init__.py'), 'w') as f:
    f.write('')
with open(os.path.join(d, 'pkg_dz', 'test_beta_dz.py'), 'w') as f:
    f.write('import unittest\nclass B(unittest.TestCase):\n    @unittest.skip("later")\n    def test_c(self): pass\n')
with open(os.path.join(d, 'test_broken_dz.py'), 'w') as f:
    f.write('import no_such_module_dz\n')
with open(os.path.join(d, 'helper_dz.py'), 'w') as f:
    f.write('raise RuntimeError("not a test module")\n')
stream = io.StringIO()
prog = unittest.main(module=None, argv=['prog', 'discover', '-s', d], exit=False,
                     testRunner=unittest.TextTestRunner(stream=stream, verbosity=2))
out = re.sub(r'\d+\.\d+s', 'N.NNNs', stream.getvalue()).replace(d, '<D>')
out = '\n'.join(l for l in out.split('\n') if not l.startswith('  File ') and not l.startswith('    '))
print(out)
print(prog.result.testsRun, len(prog.result.errors), len(prog.result.failures))
suite = unittest.TestLoader().discover(d, pattern='test_a*.py')
print(suite.countTestCases())
shutil.rmtree(d)
