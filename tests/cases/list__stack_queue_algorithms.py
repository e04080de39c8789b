# Lists as stacks/queues, deque, bisect, heapq on lists.
import bisect, heapq, collections
stack = []
for ch in "([{}])":
    if ch in "([{":
        stack.append(ch)
    else:
        print("match", stack.pop(), ch)
print("balanced:", not stack)
dq = collections.deque([1, 2, 3], maxlen=5)
dq.appendleft(0); dq.append(4); dq.append(5)
print(dq, dq.popleft(), dq.pop(), dq.maxlen)
dq.rotate(2)
print(dq, list(reversed(dq)), dq.count(2), dq[0], dq[-1])
dq.extendleft([9, 8])
print(dq)
sorted_list = []
for v in [5, 1, 4, 1, 3]:
    bisect.insort(sorted_list, v)
print(sorted_list, bisect.bisect_left(sorted_list, 1), bisect.bisect_right(sorted_list, 1), bisect.bisect(sorted_list, 10))
grades = [bisect.bisect([60, 70, 80, 90], s) for s in [33, 99, 77, 70, 89, 90, 100]]
print(["FDCBA"[g] for g in grades])
h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h)
print(h[0], [heapq.heappop(h) for _ in range(3)], h)
heapq.heappush(h, 0)
print(heapq.heappop(h), heapq.nsmallest(2, [7, 3, 9, 1]), heapq.nlargest(2, [7, 3, 9, 1]))
print(heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 3), list(heapq.merge([1, 4], [2, 3])))
tasks = []
for prio, name in [(2, "write"), (1, "plan"), (3, "test"), (1, "alpha")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
try:
    dq2 = collections.deque()
    dq2.pop()
except IndexError as e:
    print("IndexError", e)
