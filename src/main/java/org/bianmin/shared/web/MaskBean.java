package org.bianmin.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.bianmin.shared.domain.Masking;

/** Masking for views: {@code #{mask.name(x)}}, {@code #{mask.id(x)}}, {@code #{mask.phone(x)}}. */
@Named("mask")
@ApplicationScoped
public class MaskBean {

    public String name(String name) {
        return Masking.name(name);
    }

    public String id(String idNumber) {
        return Masking.idNumber(idNumber);
    }

    public String phone(String phone) {
        return Masking.phone(phone);
    }
}
