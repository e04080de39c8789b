# Two expressions side by side without a comma.
values = [1, 2 3, 4]
