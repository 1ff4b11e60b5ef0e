-- CreateTable
CREATE TABLE "OutletAlias" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "outletId" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutletAlias_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OutletAlias_name_key" ON "OutletAlias"("name");

-- CreateIndex
CREATE INDEX "OutletAlias_outletId_idx" ON "OutletAlias"("outletId");

-- AddForeignKey
ALTER TABLE "OutletAlias" ADD CONSTRAINT "OutletAlias_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

