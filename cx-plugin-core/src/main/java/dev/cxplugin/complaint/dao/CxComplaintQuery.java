package dev.cxplugin.complaint.dao;

import java.util.Date;

/** Filters of the admin queue; null means "any". */
public class CxComplaintQuery {

    public String status;
    public String priority;
    public String category;
    public Long assigneeId;
    /** true: only tickets with a recorded breach. */
    public boolean breachedOnly;
    /** created at or before this (older than an age). */
    public Date createdBefore;
    public boolean openWorkOnly;
    public int maxResults = 500;
}
