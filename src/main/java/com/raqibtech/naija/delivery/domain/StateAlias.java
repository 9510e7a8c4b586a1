package com.raqibtech.naija.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A name people use for a state ("Lasgidi", "PH", "Abuja", "Ikeja"), stored normalised by {@link StateNames}. */
@Entity
@Table(name = "state_aliases")
public class StateAlias {

    /** How the alias relates to the state, most authoritative first (suggestions prefer earlier kinds). */
    public enum Kind { NAME, CODE, CAPITAL, CITY, SLANG }

    @Id
    private String alias;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "state_code")
    private State state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    protected StateAlias() {
    }

    public String getAlias() {
        return alias;
    }

    public State getState() {
        return state;
    }

    public Kind getKind() {
        return kind;
    }
}
