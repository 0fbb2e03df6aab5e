-- Demo store seed: currency, the three storefront locales, the demo admin user.
-- The admin password is BCrypt (the demo's password.admin.encoder), plain text "admin".
INSERT INTO BLC_CURRENCY (CURRENCY_CODE, DEFAULT_FLAG, FRIENDLY_NAME) VALUES ('USD', TRUE, 'US Dollar');
INSERT INTO BLC_LOCALE (LOCALE_CODE, DEFAULT_FLAG, FRIENDLY_NAME, CURRENCY_CODE) VALUES ('en_US', TRUE, 'English', 'USD');
INSERT INTO BLC_LOCALE (LOCALE_CODE, DEFAULT_FLAG, FRIENDLY_NAME, CURRENCY_CODE) VALUES ('ar', FALSE, 'العربية', 'USD');
INSERT INTO BLC_LOCALE (LOCALE_CODE, DEFAULT_FLAG, FRIENDLY_NAME, CURRENCY_CODE) VALUES ('fa', FALSE, 'فارسی', 'USD');

INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, NAME, LOGIN, PASSWORD, EMAIL, ACTIVE_STATUS_FLAG) VALUES (-1, 'Demo Administrator', 'admin', '$2a$10$J6JB/bCpGCR/5KN/R55fuuOKKUtIfQGPI/yWJwl4WBH5brQ/egv2O', 'admin@example.com', TRUE);
INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_USER_ID, ADMIN_ROLE_ID) VALUES (-1, -1);
-- Two more staff to show the CX roles: a CX agent (agent / agent) and a Broadleaf merchandiser without any
-- CX permission (merch / merch), who does not see the Customer Experience sections.
INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, NAME, LOGIN, PASSWORD, EMAIL, ACTIVE_STATUS_FLAG) VALUES (-2, 'Demo CX Agent', 'agent', '$2a$10$ZIaQlr4SS9ROTh.lrVzY1umPI8zVLyPRubI6iBHCzpV56R.d1Mh6K', 'agent@example.com', TRUE);
INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_USER_ID, ADMIN_ROLE_ID) VALUES (-2, -9001);
INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, NAME, LOGIN, PASSWORD, EMAIL, ACTIVE_STATUS_FLAG) VALUES (-3, 'Demo Merchandiser', 'merch', '$2a$10$M69QkbXXZf7rQdnadkwCvugSEsA2LcYZbVn/MIiVSYX5JUjr4yn4m', 'merch@example.com', TRUE);
INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_USER_ID, ADMIN_ROLE_ID) VALUES (-3, -2);
-- A CX manager (manager / manager): everything an agent does, plus the CX dashboard and the CX settings.
INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, NAME, LOGIN, PASSWORD, EMAIL, ACTIVE_STATUS_FLAG) VALUES (-4, 'Demo CX Manager', 'manager', '$2a$10$ekiZQ.DolrVu9xM4m2vgWuxuS/LdC9kyrcgm5oA5PjyO4Z7.PzDSm', 'manager@example.com', TRUE);
INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_USER_ID, ADMIN_ROLE_ID) VALUES (-4, -9002);
