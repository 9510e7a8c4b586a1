package com.raqibtech.naija.delivery.domain;

import com.raqibtech.naija.shared.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class StateRepository extends JpaRepository<State, String> {

    public StateRepository() {
        super(State.class);
    }

    public List<State> findAllByName() {
        return em.createQuery("select s from State s order by s.name", State.class).getResultList();
    }

    public List<StateAlias> findAllAliases() {
        return em.createQuery("select a from StateAlias a", StateAlias.class).getResultList();
    }
}
