print("jx")
