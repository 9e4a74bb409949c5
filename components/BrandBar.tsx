import type { ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { t } from './i18n';

export function BrandBar({ children }: { children?: ReactNode }) {
  return (
    <div className="row spread">
      <div className="brandbar">
        <img src={browser.runtime.getURL('/icon/32.png')} alt="" />
        <span>{t('extName')}</span>
      </div>
      <div className="row">{children}</div>
    </div>
  );
}
