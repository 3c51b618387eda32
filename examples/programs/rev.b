Reverses one line of input
Reads characters into consecutive cells until a newline
>,----------[++++++++++>,----------]
then prints them back to front followed by a newline
<[.<]++++++++++.
