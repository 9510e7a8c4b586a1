package com.raqibtech.naija.customers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A shopper. Everything the product remembers (cart, orders, conversations, memories) is keyed by the customer,
 * never by a session or a channel, so web and WhatsApp see the same person.
 */
@Entity
@Table(name = "customers")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
    private Long id;

    /** The sign-in account, when the customer has one (WhatsApp-only customers may not). */
    @Column(name = "user_account_id")
    private Long userAccountId;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(nullable = false, unique = true)
    private String email;

    /** E.164, e.g. +2348031234567. */
    @Column(nullable = false, unique = true)
    private String phone;

    /** The delivery state's code ("LA"), when the customer has given one. */
    @Column(name = "state_code")
    private String stateCode;

    private String city;

    private String address;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "tier_code")
    private CustomerTier tier;

    @Column(name = "total_spent", nullable = false, precision = 14, scale = 2)
    private BigDecimal totalSpent = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CustomerStatus status = CustomerStatus.ACTIVE;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Customer() {
    }

    public Customer(String fullName, String email, String phone, CustomerTier tier, Instant createdAt) {
        this.fullName = fullName;
        this.email = email;
        this.phone = phone;
        this.tier = tier;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getUserAccountId() {
        return userAccountId;
    }

    public void linkAccount(long userAccountId) {
        this.userAccountId = userAccountId;
    }

    public String getFullName() {
        return fullName;
    }

    public void rename(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getStateCode() {
        return stateCode;
    }

    public String getCity() {
        return city;
    }

    public String getAddress() {
        return address;
    }

    public void moveTo(String stateCode, String city, String address) {
        this.stateCode = stateCode;
        this.city = city;
        this.address = address;
    }

    public CustomerTier getTier() {
        return tier;
    }

    public BigDecimal getTotalSpent() {
        return totalSpent;
    }

    /** Records delivered spend; the caller decides the tier with {@link #promoteTo}. */
    public void addSpend(BigDecimal amount) {
        this.totalSpent = totalSpent.add(amount);
    }

    public void promoteTo(CustomerTier tier) {
        this.tier = tier;
    }

    public CustomerStatus getStatus() {
        return status;
    }

    public void changeStatus(CustomerStatus status) {
        this.status = status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
