package dev.cxplugin.loyalty.service;

import dev.cxplugin.loyalty.dao.CxLoyaltyDao;
import dev.cxplugin.loyalty.domain.CxLoyaltySetting;
import org.springframework.transaction.annotation.Transactional;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import javax.annotation.Resource;

/**
 * The programme's settings: cx.loyalty.* properties as defaults, each overridden by what an admin saved
 * (table CX_LOYALTY_SETTING), so every store node sees a change at once.
 */
public class CxLoyaltySettingsService {

    @Resource(name = "cxLoyaltyDao")
    protected CxLoyaltyDao dao;

    protected Map<String, String> defaults = new HashMap<String, String>();

    public void setDefaults(Map<String, String> defaults) {
        this.defaults = new HashMap<String, String>(defaults);
    }

    public Map<String, String> getDefaults() {
        return defaults;
    }

    @Transactional("blTransactionManager")
    public CxLoyaltyProgramme current() {
        Map<String, String> values = new HashMap<String, String>(defaults);
        for (CxLoyaltySetting s : dao.readSettings()) {
            if (s.getValue() != null && CxLoyaltyProgramme.NAMES.contains(s.getName())) {
                values.put(s.getName(), s.getValue());
            }
        }
        return new CxLoyaltyProgramme(values);
    }

    /**
     * Saves the admin's values after checking the whole programme they make (a bad value changes nothing).
     *
     * @throws CxLoyaltyException INVALID naming the value at fault
     */
    @Transactional(value = "blTransactionManager", rollbackFor = CxLoyaltyException.class)
    public CxLoyaltyProgramme save(Map<String, String> changes, String adminUser) throws CxLoyaltyException {
        if (adminUser == null || adminUser.trim().isEmpty()) {
            throw new CxLoyaltyException(CxLoyaltyException.Code.INVALID, "the admin user is required");
        }
        Map<String, String> values = new HashMap<String, String>(current().getValues());
        for (Map.Entry<String, String> e : changes.entrySet()) {
            if (!CxLoyaltyProgramme.NAMES.contains(e.getKey())) {
                throw new CxLoyaltyException(CxLoyaltyException.Code.INVALID, "unknown setting " + e.getKey());
            }
            if (e.getValue() == null || e.getValue().length() > 1000) {
                throw new CxLoyaltyException(CxLoyaltyException.Code.INVALID, e.getKey() + " is missing or too long");
            }
            values.put(e.getKey(), e.getValue().trim());
        }
        CxLoyaltyProgramme programme;
        try {
            programme = new CxLoyaltyProgramme(values);
        } catch (IllegalArgumentException e) {
            throw new CxLoyaltyException(CxLoyaltyException.Code.INVALID, e.getMessage());
        }
        for (Map.Entry<String, String> e : changes.entrySet()) {
            CxLoyaltySetting s = dao.readSetting(e.getKey());
            if (s == null) {
                s = dao.createSetting();
                s.setName(e.getKey());
            }
            s.setValue(e.getValue().trim());
            s.setUpdatedBy(adminUser.trim());
            s.setUpdatedDate(new Date());
            dao.saveSetting(s);
        }
        return programme;
    }
}
