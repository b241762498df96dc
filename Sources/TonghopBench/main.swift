print("tonghop-bench: not yet")
