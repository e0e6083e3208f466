import { submitUpgrade } from '../../api/upgrades'
import type { BulkItem, BulkUpgradeType } from './bulk-run-model'

/** One item's upgrade, as Partner Center's POST .../upgrades: its own request id and If-Match. */
export function sendBulkItem(item: BulkItem, upgradeType: BulkUpgradeType, signal: AbortSignal) {
  return submitUpgrade(
    item.customerId,
    item.subscriptionId,
    {
      upgrade: {
        targetOffer: { id: item.targetOfferId, name: item.targetOfferName },
        upgradeType,
        isEligible: true,
      },
      quantity: item.quantity,
      upgradeType,
      requestId: item.requestId,
      sourceEtag: item.etag,
    },
    signal,
  )
}
