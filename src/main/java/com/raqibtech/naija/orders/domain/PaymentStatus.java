package com.raqibtech.naija.orders.domain;

/** Whether the order has been paid for, as the customer sees it. */
public enum PaymentStatus { AWAITING_PAYMENT, PAID, REFUNDED, FAILED }
