# TypeError in a binary operation: ~~~^~~~ markers under the operands.
def total(price, qty):
    subtotal = price * qty
    return subtotal + " EUR"

print(total(3, 4))
