import pprint
import collections
pprint.pprint(collections.OrderedDict((str(i), i) for i in range(20)))
pprint.pprint(collections.defaultdict(list, {i: [i] * 10 for i in range(6)}))
pprint.pprint(collections.Counter('abracadabra' * 10 + 'xyz'), width=30)
pprint.pprint(collections.deque(range(40)))
pprint.pprint(collections.deque(range(40), maxlen=50))
from dataclasses import dataclass, field
@dataclass
class P:
    name: str
    items: list = field(default_factory=list)
pprint.pprint(P('x' * 20, list(range(30))))
pp = pprint.PrettyPrinter(width=20)
print(pp.pformat({'abc': [1, 2, 3, 4, 5, 6]}), pp.isreadable(3), pp.isrecursive(3))
try: pprint.PrettyPrinter(indent=-1)
except ValueError as e: print(e)
try: pprint.PrettyPrinter(depth=0)
except ValueError as e: print(e)
try: pprint.PrettyPrinter(width=0)
except ValueError as e: print(e)
pprint.pprint({(1, 2): None, 'str': 1.5, 3: 2j}, width=10)
pprint.pprint([[[[['deep']]]]], depth=3)
pprint.pprint(set(), ); pprint.pprint([]); pprint.pprint(()); pprint.pprint('')
