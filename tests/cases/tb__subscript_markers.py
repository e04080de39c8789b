# IndexError in a chained subscript: markers under the failing subscript.
grid = [[1, 2, 3], [4, 5, 6]]
row = 1
col = 7
print(grid[0][0])
print(grid[row][col] + grid[0][0])
