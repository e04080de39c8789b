# AttributeError raised inside a method, uncaught.
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount
        return self.balanse

acct = Account("ann")
print("depositing")
acct.deposit(10)
