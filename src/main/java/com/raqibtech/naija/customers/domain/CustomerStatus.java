package com.raqibtech.naija.customers.domain;

public enum CustomerStatus { ACTIVE, SUSPENDED, CLOSED }
