#pragma once
#include <QString>
int plantedQtUser();
