package dev.cxplugin.complaint.service;

/** Who acts on a ticket: staff (an admin user, agent or manager), a customer, or the system (jobs, events). */
public class CxComplaintActor {

    public static final CxComplaintActor SYSTEM = new CxComplaintActor(null, "system", false, false);

    protected final Long adminUserId;
    protected final String name;
    protected final boolean staff;
    protected final boolean manager;

    protected CxComplaintActor(Long adminUserId, String name, boolean staff, boolean manager) {
        this.adminUserId = adminUserId;
        this.name = name;
        this.staff = staff;
        this.manager = manager;
    }

    public static CxComplaintActor agent(Long adminUserId, String name) {
        return new CxComplaintActor(adminUserId, name, true, false);
    }

    public static CxComplaintActor manager(Long adminUserId, String name) {
        return new CxComplaintActor(adminUserId, name, true, true);
    }

    public static CxComplaintActor customer(String name) {
        return new CxComplaintActor(null, name == null || name.isEmpty() ? "customer" : name, false, false);
    }

    public Long getAdminUserId() { return adminUserId; }
    public String getName() { return name; }
    public boolean isStaff() { return staff; }
    public boolean isManager() { return manager; }

    /** How the audit trail names the actor. */
    public String auditName() {
        return staff ? name + " (admin " + adminUserId + ")" : name;
    }
}
