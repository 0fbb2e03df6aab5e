package dev.cxplugin.loyalty.dao;

import dev.cxplugin.loyalty.domain.CxLoyaltyAccount;
import dev.cxplugin.loyalty.domain.CxLoyaltyEntry;
import dev.cxplugin.loyalty.domain.CxLoyaltySetting;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

public interface CxLoyaltyDao {

    /** The account as the database has it now (refreshed if this EntityManager already held it), or null. */
    CxLoyaltyAccount readAccount(Long customerId);

    /** As {@link #readAccount}, locking the row (SELECT ... FOR UPDATE) and reading its latest committed state. */
    CxLoyaltyAccount readAccountForUpdate(Long customerId);

    /** Creates the customer's account in a transaction of its own; a concurrent creation is not an error. */
    void createAccountIfMissing(Long customerId);

    /** Creates the customer's empty account in the current transaction, flushed (the caller checked there is none). */
    CxLoyaltyAccount createAccount(Long customerId);

    CxLoyaltyAccount saveAccount(CxLoyaltyAccount account);

    /**
     * Moves the balances by the deltas in one conditional UPDATE of the account row (which locks it until the
     * transaction ends): false, and nothing changed, when a balance would go negative or there is no account.
     */
    boolean applyDeltas(Long customerId, long pendingDelta, long availableDelta);

    CxLoyaltyEntry createEntry();

    /** Inserts and flushes: a duplicate key fails here, as a PersistenceException. */
    CxLoyaltyEntry insertEntry(CxLoyaltyEntry entry);

    CxLoyaltyEntry readEntryByKey(String key);

    CxLoyaltyEntry readEntryById(Long id);

    List<CxLoyaltyEntry> readEntries(Long customerId, int first, int max);

    long countEntries(Long customerId);

    List<CxLoyaltyEntry> readEntriesForOrder(Long orderId);

    CxLoyaltyEntry readRedemption(Long customerId, String offerCode);

    /** {pending, available} summed over the customer's ledger. */
    long[] sumLedger(Long customerId);

    BigDecimal sumSpendSince(Long customerId, Date since);

    /** SUBMITTED orders of registered customers since the date without an EARN line, oldest first. */
    List<Long> readOrderIdsToEarn(Date since, int max);

    /** Orders with an EARN line and no RELEASE line yet, after the given EARN line id (paging), by line id. */
    List<Object[]> readOrderIdsPendingRelease(Long afterEntryId, int max);

    long countSubmittedOrders(Long customerId);

    /** Accounts with available points whose last purchase (or opening) is before the date. */
    List<Long> readCustomerIdsInactiveSince(Date before, Date notBefore, int max);

    List<Long> readCustomerIdsEvaluatedBefore(Date before, int max);

    List<CxLoyaltyAccount> readAccounts(String tier, int first, int max);

    long countAccounts(String tier);

    /** {members, available, pending} over all accounts. */
    long[] sumAccounts();

    CxLoyaltySetting readSetting(String name);

    List<CxLoyaltySetting> readSettings();

    CxLoyaltySetting saveSetting(CxLoyaltySetting setting);

    CxLoyaltySetting createSetting();
}
