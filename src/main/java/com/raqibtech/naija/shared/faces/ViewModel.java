package com.raqibtech.naija.shared.faces;

import jakarta.enterprise.inject.Stereotype;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The backing bean of one page: named after its class ({@code HomeView} → {@code #{homeView}}) and view scoped.
 * A stereotype because Liberty's annotated-mode bean discovery does not count {@code @ViewScoped} from the
 * Mojarra jar inside the WAR as bean-defining: a bare {@code @Named @ViewScoped} class was silently not a bean.
 */
@Stereotype
@Named
@ViewScoped
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ViewModel {
}
