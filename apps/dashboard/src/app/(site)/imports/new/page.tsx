import type { Metadata } from "next";
import { headers } from "next/headers";
import { readEnv } from "@framewatch/db";
import { UploadForm } from "@/components/imports/UploadForm";
import { currentUser } from "@/lib/auth/authorize";
import { readDashboardEnv } from "@/lib/env";

export const metadata: Metadata = { title: "Import articles · Framewatch" };

/** /imports/new: editors add articles from the browser (files, a zip, CSV or JSON Lines with column mapping, URLs). */
export default async function NewImportPage() {
  const user = await currentUser(await headers());
  const env = readEnv();
  return (
    <>
      <h1>Import articles</h1>
      <p className="lede">
        Files are read as <code>corpus import</code> reads them: one article per text or HTML file, one per record of JSON Lines, JSON, CSV or
        TSV, one per document of a Nexis export. Supplied titles, dates, outlets and bylines win over what is inferred from the text.
      </p>
      {!user ? (
        <p className="empty" data-testid="upload-sign-in">
          Importing needs an editor account: sign in first.
        </p>
      ) : user.role === "viewer" ? (
        <p className="empty" data-testid="upload-not-editor">
          Your account ({user.email}) can read but not import: an admin can make it an editor.
        </p>
      ) : (
        <UploadForm maxFileBytes={env.FRAMEWATCH_MAX_FILE_MB * 1024 * 1024} maxTotalBytes={readDashboardEnv().uploadMaxBytes} />
      )}
    </>
  );
}
