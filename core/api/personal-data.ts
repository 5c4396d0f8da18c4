/** GET /api/me/deletion: what deleting the account waits for, and what goes with it. */
export type AccountDeletion = {
  /** Groups where the person is the last admin while others remain: hand over or close first (ACCOUNT-2). */
  lastAdminOf: { id: string; name: string; memberCount: number }[];
  /** Groups the person is alone in: they are closed with the account (ACCOUNT-3). */
  closes: { id: string; name: string }[];
};
