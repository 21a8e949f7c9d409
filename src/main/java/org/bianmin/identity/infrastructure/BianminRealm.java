package org.bianmin.identity.infrastructure;

import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.bianmin.identity.domain.Permission;
import org.bianmin.identity.domain.Role;
import org.bianmin.identity.domain.SignedInUser;

/**
 * The portal's only realm. Authentication was done by the application service (so lockout, timing and audit live in
 * one place); this realm accepts its verified result and answers permission checks from the user's roles.
 */
public class BianminRealm extends AuthorizingRealm {

    public BianminRealm() {
        setName("bianmin");
        setAuthenticationTokenClass(VerifiedSignIn.class);
        setCredentialsMatcher(new AllowAllCredentialsMatcher());
        setCachingEnabled(false);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        return new SimpleAuthenticationInfo(token.getPrincipal(), token.getCredentials(), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        SignedInUser user = principals.oneByType(SignedInUser.class);
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        if (user != null) {
            for (Role role : user.roles()) {
                info.addRole(role.name());
                for (Permission permission : role.permissions()) {
                    info.addStringPermission(permission.wildcard());
                }
            }
        }
        return info;
    }
}
