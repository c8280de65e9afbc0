package org.visitledger.query.admin;

/**
 * How many other query-side instances run a read model's processor now; a bean only in the split deployment
 * (org.visitledger.query.scaling), where a replay must be refused while any does.
 */
@FunctionalInterface
public interface OtherInstances {

    int count(String readModel);
}
