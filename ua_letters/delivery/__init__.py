"""Delivery: which channel an appeal should take (post, fax, e-mail) and by when.

Campaign guidance: with a week or more before the deadline, post a signed paper letter;
closer to it, fax or e-mail. After the deadline, check with the section office first.
"""
