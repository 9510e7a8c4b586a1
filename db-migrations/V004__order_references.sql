-- Order references (RQB + yyyyMMdd + 8 digits) draw their number from one sequence, so two server nodes can
-- never hand out the same reference; the number is scrambled so references do not reveal order volume.
CREATE SEQUENCE order_reference_seq START WITH 1 INCREMENT BY 1;
