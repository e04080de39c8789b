import io, re, unittest

class D(unittest.TestCase):
    maxDiff = None
    def test_list(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_dict(self):
        self.assertEqual({'a': 1, 'b': [1, 2]}, {'a': 2, 'b': [1, 2]})
    def test_tuple(self):
        self.assertEqual((1, 2), (1, 2, 3))
    def test_str(self):
        self.assertEqual('hello world\nsecond line\n', 'hello there\nsecond line\nthird\n')
    def test_str_one(self):
        self.assertEqual('abcdef', 'abXdef')
    def test_long_list(self):
        self.assertListEqual(list(range(30)), list(range(1, 31)))
    def test_seq_types(self):
        self.assertSequenceEqual([1, 2], (1, 3))
    def test_long_repr(self):
        self.assertEqual('x' * 100 + 'a', 'x' * 100 + 'b')

class Short(unittest.TestCase):
    maxDiff = 20
    def test_trunc(self):
        self.assertEqual(list(range(10)), list(range(1, 11)))

stream = io.StringIO()
unittest.TextTestRunner(stream=stream, verbosity=2).run(unittest.TestLoader().loadTestsFromModule(__import__('__main__')))
print(re.sub(r'\d+\.\d+s', 'N.NNNs', stream.getvalue()))
